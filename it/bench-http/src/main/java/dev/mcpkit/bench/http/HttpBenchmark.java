package dev.mcpkit.bench.http;

import dev.mcpkit.bench.JsonWriter;
import dev.mcpkit.bench.ProcStatus;
import dev.mcpkit.bench.Stats;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP benchmark driver: MCP {@code tools/call} of {@code echo} over Streamable HTTP, with 1, 16 and 64
 * concurrent clients on keep-alive connections, for every {@code --server} in the same run with the same load
 * generator. Phases: cold starts (spawn → first answered {@code initialize}), then every server is started and
 * warmed up, then each concurrency is measured on each server in turn (A at 1 client, B at 1 client, ..., A at
 * 16 clients, ...), for several rounds, the best round reported; then the servers' RSS. Not a test: run it by hand
 * ({@code it/bench-http/run.sh}). Exit code 0 when every call succeeded, 1 when one failed or a server could not be
 * measured, 2 on usage errors.
 */
public final class HttpBenchmark {

    private final HttpBenchOptions options;
    private final PrintStream log;
    final List<String> notes = new ArrayList<>();

    HttpBenchmark(HttpBenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) throws InterruptedException {
        HttpBenchOptions options;
        try {
            options = HttpBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-http: " + e.getMessage());
            System.err.println(HttpBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(HttpBenchOptions.USAGE);
            return;
        }
        HttpBenchmark benchmark = new HttpBenchmark(options, System.err);
        List<ServerFigures> figures = benchmark.run();
        HttpReport report = new HttpReport(options, figures, benchmark.notes);
        System.out.print(report.markdown());
        System.out.flush();
        if (options.json != null) {
            JsonWriter.writeFile(options.json, report.toMap(), "bench-http");
        }
        for (ServerFigures f : figures) {
            if (!f.errors.isEmpty() || f.failedInAll() > 0) {
                System.exit(1);
            }
        }
    }

    /** Runs every phase for every server. */
    List<ServerFigures> run() throws InterruptedException {
        List<ServerFigures> all = new ArrayList<>();
        for (HttpServerSpec spec : options.servers) {
            all.add(new ServerFigures(spec));
        }
        notes.add("Load average (1, 5, 15 min) at the start: " + loadAverage() + ".");
        startups(all);
        List<ServerInstance> running = new ArrayList<>();
        try {
            for (ServerFigures f : all) {
                running.add(startAndWarm(f));
            }
            for (int round = 0; round < options.rounds; round++) {
                for (int clients : options.clients) {
                    log.printf(Locale.ROOT, "bench-http: round %d, %d client(s), %s each%n", round + 1, clients,
                            options.measure());
                    for (int j = 0; j < all.size(); j++) {
                        // rotate the order each round so no server always follows the same one
                        int k = (round + j) % all.size();
                        measure(all.get(k), running.get(k), clients);
                    }
                }
            }
            for (int k = 0; k < all.size(); k++) {
                ServerInstance s = running.get(k);
                if (s != null && s.isAlive()) {
                    all.get(k).rssAtEndKib = ProcStatus.kib(s.pid(), "VmRSS");
                    all.get(k).peakRssKib = ProcStatus.kib(s.pid(), "VmHWM");
                }
            }
        } finally {
            for (ServerInstance s : running) {
                if (s != null) {
                    s.close();
                }
            }
        }
        notes.add("Load average (1, 5, 15 min) at the end: " + loadAverage() + ".");
        return all;
    }

    private void startups(List<ServerFigures> all) throws InterruptedException {
        if (options.spawns == 0) {
            return;
        }
        log.println("bench-http: cold starts, " + options.spawns + " per server (+1 unmeasured to warm the file cache)");
        for (int round = -1; round < options.spawns; round++) {
            for (int j = 0; j < all.size(); j++) {
                ServerFigures f = all.get((Math.max(round, 0) + j) % all.size());
                if (!f.errors.isEmpty()) {
                    continue;
                }
                try (ServerInstance s = ServerInstance.start(f.spec)) {
                    double ms = s.awaitFirstAnswer(options.startLimit, options.timeout, options.bearerToken);
                    if (round >= 0) {
                        f.startupMs.add(ms);
                    }
                } catch (IOException | RuntimeException e) {
                    fail(f, "cold start", e);
                }
            }
        }
        for (ServerFigures f : all) {
            log.printf(Locale.ROOT, "bench-http:   %s spawn → first answer median %.1f ms%n", f.name(),
                    Stats.percentile(f.startupMs, 50));
        }
    }

    private ServerInstance startAndWarm(ServerFigures f) throws InterruptedException {
        ServerInstance s = null;
        try {
            s = ServerInstance.start(f.spec);
            s.awaitFirstAnswer(options.startLimit, options.timeout, options.bearerToken);
            if (options.warmup > 0) {
                int clients = Math.min(options.maxClients(), options.warmup);
                f.warmup = LoadRun.run(s.endpoint(), clients, options.warmup, null, options.timeout, options.bearerToken);
                log.printf(Locale.ROOT, "bench-http: %s warmed up: %,d calls with %d clients, %,.0f calls/s, %d failed%n",
                        f.name(), f.warmup.calls(), clients, f.warmup.callsPerSecond(), f.warmup.failed());
            }
            f.rssAfterWarmupKib = ProcStatus.kib(s.pid(), "VmRSS");
            return s;
        } catch (IOException | RuntimeException e) {
            fail(f, "start and warm-up", e);
            if (s != null) {
                s.close();
            }
            return null;
        }
    }

    private void measure(ServerFigures f, ServerInstance s, int clients) throws InterruptedException {
        if (s == null || !f.errors.isEmpty()) {
            return;
        }
        if (!s.isAlive()) {
            fail(f, clients + " client(s)", new IllegalStateException("the server exited; its output ends with:\n" + s.tail()));
            return;
        }
        try {
            LoadRun.Result r = LoadRun.run(s.endpoint(), clients, options.calls, options.duration, options.timeout, options.bearerToken);
            f.runs.computeIfAbsent(clients, c -> new ArrayList<>()).add(r);
            log.printf(Locale.ROOT, "bench-http:   %-14s %,9.0f calls/s  p50 %,8.0f µs  p99 %,8.0f µs  %d failed%s%n",
                    f.name(), r.callsPerSecond(), r.p50Micros(), r.p99Micros(), r.failed(),
                    r.failures().isEmpty() ? "" : " " + r.failures());
        } catch (RuntimeException e) {
            fail(f, clients + " client(s)", e);
        }
    }

    private void fail(ServerFigures f, String phase, Exception e) {
        f.errors.add(phase + ": " + e.getMessage());
        log.println("bench-http:   " + f.name() + " FAILED in " + phase + ": " + e.getMessage());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("driverJava", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "unknown";
    }
}
