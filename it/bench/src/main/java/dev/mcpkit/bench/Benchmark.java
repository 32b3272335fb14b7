package dev.mcpkit.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark driver: measures every {@code --server} in the same run, alternating between them so a noisy
 * machine hurts all alike, and prints a Markdown table against the floor. Not a test: run it by hand
 * ({@code it/bench/run.sh}). Exit code 0 when every measurement completed, 1 when one failed, 2 on usage errors;
 * missed targets are reported in the table, not in the exit code.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final PrintStream log;
    private final List<String> notes = new ArrayList<>();

    Benchmark(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        Benchmark benchmark = new Benchmark(options, System.err);
        List<ServerResults> results = new ArrayList<>();
        Report report = benchmark.run(results);
        System.out.print(report.markdown());
        System.out.flush();
        if (options.json != null) {
            JsonWriter.writeFile(options.json, report.toMap(), "bench");
        }
        for (ServerResults r : results) {
            if (!r.errors.isEmpty()) {
                System.exit(1);
            }
        }
    }

    /** Runs every phase for every server, filling {@code results}; returns the report over them. */
    Report run(List<ServerResults> results) {
        for (ServerSpec spec : options.servers) {
            results.add(new ServerResults(spec));
        }
        ServerProcess.Limits limits = options.limits();
        spawns(results, limits);
        List<Pinning> pinnings = Pinning.plan(options.pin, notes);
        sequential(results, pinnings, limits);
        inflight(results, limits);
        return new Report(options, results, pinnings, notes);
    }

    private void spawns(List<ServerResults> results, ServerProcess.Limits limits) {
        if (options.spawns == 0) {
            return;
        }
        log.println("bench: cold starts, " + options.spawns + " per server (+1 unmeasured to warm the file cache)");
        List<ServerResults> failed = new ArrayList<>();
        for (int round = -1; round < options.spawns; round++) {
            for (int j = 0; j < results.size(); j++) {
                // rotate the order each round so no server always follows the same one
                ServerResults r = results.get((Math.max(round, 0) + j) % results.size());
                if (failed.contains(r)) {
                    continue;
                }
                try {
                    SpawnProbe.Sample sample = SpawnProbe.measure(r.spec, limits);
                    if (round >= 0) {
                        r.initializeMs.add(sample.initializeMs());
                        r.firstCallMs.add(sample.firstCallMs());
                    }
                } catch (BenchmarkException e) {
                    failed.add(r);
                    fail(r, "cold start", e);
                }
            }
        }
        for (ServerResults r : results) {
            log.printf(Locale.ROOT, "bench:   %s initialize median %.1f ms, first call median %.2f ms%n", r.name(),
                    Stats.percentile(r.initializeMs, 50), Stats.percentile(r.firstCallMs, 50));
        }
    }

    private void sequential(List<ServerResults> results, List<Pinning> pinnings, ServerProcess.Limits limits) {
        String original = ProcStatus.allowedCpuList();
        List<ServerResults> failed = new ArrayList<>();
        for (Pinning pinning : pinnings) {
            log.println("bench: sequential calls, " + pinning.label());
            for (int round = 0; round < options.rounds; round++) {
                for (int j = 0; j < results.size(); j++) {
                    ServerResults r = results.get((round + j) % results.size());
                    if (failed.contains(r)) {
                        continue;
                    }
                    try {
                        pinning.pinDriver();
                        SequentialRun.Result result = SequentialRun.run(r.spec, pinning, options.warmup, options.calls,
                                limits);
                        r.addSequential(result);
                        log.printf(Locale.ROOT, "bench:   %s %,.0f calls/s, p50 %.1f µs, p99 %.1f µs%n", r.name(),
                                result.callsPerSecond(), result.p50Micros(), result.p99Micros());
                        if (options.shortWarmup > 0) {
                            SequentialRun.Result brief = SequentialRun.run(r.spec, pinning, options.shortWarmup, options.calls,
                                    limits);
                            r.addShortSession(brief);
                            log.printf(Locale.ROOT, "bench:   %s short session %,.0f calls/s%n", r.name(), brief.callsPerSecond());
                        }
                    } catch (BenchmarkException e) {
                        failed.add(r);
                        fail(r, "sequential calls, " + pinning.label(), e);
                    } finally {
                        pinning.unpinDriver(original);
                    }
                }
            }
        }
    }

    private void inflight(List<ServerResults> results, ServerProcess.Limits limits) {
        log.printf(Locale.ROOT, "bench: %d in flight, %,d calls; then stdin closed after %d requests%n",
                options.window, options.inflightCalls, options.eofBatch);
        for (ServerResults r : results) {
            try {
                r.inflight = InflightRun.run(r.spec, options.warmup, options.inflightCalls, options.window, limits);
                InflightRun.Result x = r.inflight.result();
                log.printf(Locale.ROOT, "bench:   %s %,.0f calls/s, %d dropped%s%n", r.name(), x.callsPerSecond(),
                        x.dropped(), r.inflight.failedInWarmup() ? " (in the warm-up)" : "");
            } catch (BenchmarkException e) {
                fail(r, "in-flight calls", e);
            }
            if (options.eofBatch > 0) {
                try {
                    r.drain = InflightRun.drainAtEof(r.spec, options.eofBatch, limits);
                    log.printf(Locale.ROOT, "bench:   %s answered %d/%d after stdin closed%n", r.name(),
                            r.drain.answered(), r.drain.batch());
                } catch (BenchmarkException e) {
                    fail(r, "EOF drain", e);
                }
            }
        }
    }

    private void fail(ServerResults r, String phase, BenchmarkException e) {
        r.errors.add(phase + ": " + e.getMessage());
        log.println("bench:   " + r.name() + " FAILED in " + phase + ": " + e.getMessage());
    }
}
