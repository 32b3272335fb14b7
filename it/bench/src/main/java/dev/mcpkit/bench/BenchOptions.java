package dev.mcpkit.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@link Benchmark}. */
final class BenchOptions {

    static final String USAGE = String.join("\n",
            "Usage: java -jar bench.jar --server NAME=COMMAND [--server NAME=COMMAND ...] [options]",
            "",
            "Measures every server in the same run and prints a Markdown table (stdout); progress goes to stderr.",
            "COMMAND is split into words like a shell does (quotes, backslashes) and started directly.",
            "",
            "  --server NAME=COMMAND  a server to measure (repeatable, at least one)",
            "  --jar NAME=PATH        the jar whose size is reported for NAME (default: from -jar/-cp in COMMAND)",
            "  --floor NAME           the reference server for ratios and targets (default: floor)",
            "  --cached NAME          NAME starts with its start-up cache (an mcp:package launcher): its spawn →",
            "                         initialize median is also held to the cached target, ≤ 1.5 × floor (repeatable)",
            "  --spawns N             cold starts per server (default 20)",
            "  --warmup N             sequential and in-flight warm-up calls (default 100000)",
            "  --calls N              measured sequential calls per pinning (default 50000)",
            "  --short-warmup N       warm-up calls of the short-session row, a client's few thousand calls (default 2000;",
            "                         0 leaves the row out)",
            "  --rounds N             sequential runs per pinning and server, best one reported (default 3)",
            "  --inflight-calls N     calls with requests in flight (default 1000000)",
            "  --window N             requests in flight (default 16)",
            "  --eof-batch N          requests written just before stdin is closed (default 100)",
            "  --timeout SECONDS      kill a server that sends nothing this long while a response is due (default 10)",
            "  --phase-timeout SECONDS  time limit of one phase for one server (default 600)",
            "  --no-pin               do not pin with taskset",
            "  --json FILE            also write the results as JSON",
            "  --quick                small counts for a quick look (5 spawns, 2000 warm-up, 5000 calls, 1 round,",
            "                         50000 in-flight calls); later options still override",
            "  --help                 this text");

    final List<ServerSpec> servers = new ArrayList<>();
    String floor = "floor";
    final List<String> cached = new ArrayList<>();
    int spawns = 20;
    // a server of real size needs ~80,000 calls before the C2 compiler is done when client and server share a core
    int warmup = 100_000;
    int calls = 50_000;
    // most sessions are short: a client makes a few thousand calls, long before the JIT compilers are done
    int shortWarmup = 2_000;
    int rounds = 3;
    long inflightCalls = 1_000_000;
    int window = 16;
    int eofBatch = 100;
    Duration timeout = Duration.ofSeconds(10);
    Duration phaseTimeout = Duration.ofSeconds(600);
    boolean pin = true;
    boolean quick;
    Path json;
    boolean help;

    static BenchOptions parse(String... args) {
        BenchOptions o = new BenchOptions();
        Map<String, Path> jars = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help": case "-h": o.help = true; break;
                case "--quick":
                    o.quick = true;
                    o.spawns = 5;
                    o.warmup = 2_000;
                    o.calls = 5_000;
                    o.rounds = 1;
                    o.inflightCalls = 50_000;
                    break;
                case "--no-pin": o.pin = false; break;
                case "--server": o.servers.add(ServerSpec.parse(value(args, ++i, a))); break;
                case "--jar": {
                    String v = value(args, ++i, a);
                    int eq = v.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--jar expects NAME=PATH, got: " + v);
                    }
                    jars.put(v.substring(0, eq), Path.of(v.substring(eq + 1)));
                    break;
                }
                case "--floor": o.floor = value(args, ++i, a); break;
                case "--cached": o.cached.add(value(args, ++i, a)); break;
                case "--spawns": o.spawns = (int) count(args, ++i, a, 0); break;
                case "--warmup": o.warmup = (int) count(args, ++i, a, 0); break;
                case "--calls": o.calls = (int) count(args, ++i, a, 1); break;
                case "--short-warmup": o.shortWarmup = (int) count(args, ++i, a, 0); break;
                case "--rounds": o.rounds = (int) count(args, ++i, a, 1); break;
                case "--inflight-calls": o.inflightCalls = count(args, ++i, a, 0); break;
                case "--window": o.window = (int) count(args, ++i, a, 1); break;
                case "--eof-batch": o.eofBatch = (int) count(args, ++i, a, 0); break;
                case "--timeout": o.timeout = Duration.ofSeconds(count(args, ++i, a, 1)); break;
                case "--phase-timeout": o.phaseTimeout = Duration.ofSeconds(count(args, ++i, a, 1)); break;
                case "--json": o.json = Path.of(value(args, ++i, a)); break;
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
        for (int i = 0; i < o.servers.size(); i++) {
            ServerSpec s = o.servers.get(i);
            if (names.contains(s.name())) {
                throw new IllegalArgumentException("two servers are named " + s.name());
            }
            names.add(s.name());
            if (jars.containsKey(s.name())) {
                o.servers.set(i, s.withJar(jars.remove(s.name())));
            }
        }
        if (!jars.isEmpty()) {
            throw new IllegalArgumentException("--jar names no --server: " + jars.keySet());
        }
        if (!names.containsAll(o.cached)) {
            throw new IllegalArgumentException("--cached names no --server: " + o.cached);
        }
        return o;
    }

    ServerProcess.Limits limits() {
        return new ServerProcess.Limits(timeout, phaseTimeout);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("floor", floor);
        m.put("cached", cached);
        m.put("spawns", spawns);
        m.put("warmup", warmup);
        m.put("calls", calls);
        m.put("shortWarmup", shortWarmup);
        m.put("rounds", rounds);
        m.put("inflightCalls", inflightCalls);
        m.put("window", window);
        m.put("eofBatch", eofBatch);
        m.put("timeoutSeconds", timeout.toSeconds());
        m.put("phaseTimeoutSeconds", phaseTimeout.toSeconds());
        m.put("pin", pin);
        m.put("quick", quick);
        return m;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long count(String[] args, int i, String option, long min) {
        String v = value(args, i, option).replace("_", "").replace(",", "");
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got: " + args[i]);
        }
        if (n < min || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + Integer.MAX_VALUE);
        }
        return n;
    }
}
