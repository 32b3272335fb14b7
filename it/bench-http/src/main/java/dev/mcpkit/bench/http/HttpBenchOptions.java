package dev.mcpkit.bench.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@link HttpBenchmark}. */
final class HttpBenchOptions {

    static final String USAGE = String.join("\n",
            "Usage: java -jar bench-http.jar --server NAME=COMMAND [--server NAME=COMMAND ...] [options]",
            "",
            "Measures every server in the same run over Streamable HTTP and prints a Markdown table (stdout);",
            "progress goes to stderr. COMMAND is split into words like a shell does and started directly; it must",
            "contain {port}, replaced by a free port; the server must serve http://127.0.0.1:{port}/mcp.",
            "",
            "  --server NAME=COMMAND  a server to measure (repeatable, at least one)",
            "  --clients LIST         concurrent clients, comma-separated (default 1,16,64)",
            "  --duration SECONDS     measured time per concurrency, server and round (default 10)",
            "  --calls N              a fixed number of calls per concurrency instead of --duration",
            "  --warmup N             warm-up calls per server, shared out between the most clients (default 20000)",
            "  --rounds N             measurements per concurrency and server, best calls/s reported (default 2)",
            "  --spawns N             cold starts per server for the start-up figure (default 5; 0 skips it)",
            "  --timeout SECONDS      a call unanswered this long fails (default 10)",
            "  --json FILE            also write every figure as JSON",
            "  --bearer-token-file F  send the token in F as Authorization: Bearer with every request (to every server)",
            "  --quick                a quick look: 2 spawns, 2000 warm-up calls, 2 s, 1 round; later options override",
            "  --help                 this text");

    final List<HttpServerSpec> servers = new ArrayList<>();
    List<Integer> clients = List.of(1, 16, 64);
    Duration duration = Duration.ofSeconds(10);
    long calls;
    int warmup = 20_000;
    int rounds = 2;
    int spawns = 5;
    Duration timeout = Duration.ofSeconds(10);
    Duration startLimit = Duration.ofSeconds(60);
    boolean quick;
    Path json;
    String bearerToken;
    boolean help;

    static HttpBenchOptions parse(String... args) {
        HttpBenchOptions o = new HttpBenchOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help": case "-h": o.help = true; break;
                case "--quick":
                    o.quick = true;
                    o.spawns = 2;
                    o.warmup = 2_000;
                    o.duration = Duration.ofSeconds(2);
                    o.rounds = 1;
                    break;
                case "--server": o.servers.add(HttpServerSpec.parse(value(args, ++i, a))); break;
                case "--clients": {
                    List<Integer> list = new ArrayList<>();
                    for (String part : value(args, ++i, a).split(",")) {
                        list.add((int) number(part.trim(), a, 1));
                    }
                    o.clients = List.copyOf(list);
                    break;
                }
                case "--duration": o.duration = Duration.ofSeconds(number(value(args, ++i, a), a, 1)); break;
                case "--calls": o.calls = number(value(args, ++i, a), a, 1); break;
                case "--warmup": o.warmup = (int) number(value(args, ++i, a), a, 0); break;
                case "--rounds": o.rounds = (int) number(value(args, ++i, a), a, 1); break;
                case "--spawns": o.spawns = (int) number(value(args, ++i, a), a, 0); break;
                case "--timeout": o.timeout = Duration.ofSeconds(number(value(args, ++i, a), a, 1)); break;
                case "--json": o.json = Path.of(value(args, ++i, a)); break;
                case "--bearer-token-file": o.bearerToken = token(Path.of(value(args, ++i, a))); break;
                default: throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (o.help) {
            return o;
        }
        if (o.servers.isEmpty()) {
            throw new IllegalArgumentException("at least one --server NAME=COMMAND is required");
        }
        List<String> names = new ArrayList<>();
        for (HttpServerSpec s : o.servers) {
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("two servers are named " + s.name());
            }
            names.add(s.name());
        }
        return o;
    }

    int maxClients() {
        return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    String measure() {
        return calls > 0 ? String.format(java.util.Locale.ROOT, "%,d calls", calls) : duration.toSeconds() + " s";
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", clients);
        m.put("durationSeconds", calls > 0 ? null : duration.toSeconds());
        m.put("calls", calls > 0 ? calls : null);
        m.put("warmup", warmup);
        m.put("rounds", rounds);
        m.put("spawns", spawns);
        m.put("timeoutSeconds", timeout.toSeconds());
        m.put("quick", quick);
        return m;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String text, String option, long min) {
        long n;
        try {
            n = Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got: " + text);
        }
        if (n < min || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + Integer.MAX_VALUE);
        }
        return n;
    }

    private static String token(Path file) {
        try {
            String token = Files.readString(file).strip();
            if (token.isEmpty() || token.contains(" ")) {
                throw new IllegalArgumentException("--bearer-token-file " + file + ": expected one token");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalArgumentException("--bearer-token-file " + file + ": " + e.getMessage());
        }
    }
}
