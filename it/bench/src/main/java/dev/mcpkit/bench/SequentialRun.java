package dev.mcpkit.bench;

import java.time.Duration;
import java.util.Arrays;

/** Sequential tools/call echo: one request, wait for its response, next; after a warm-up. */
final class SequentialRun {

    private SequentialRun() {
    }

    record Result(String pinning, int calls, double callsPerSecond, double p50Micros, double p99Micros,
                  long rssKiB, long peakRssKiB) {
    }

    static Result run(ServerSpec spec, Pinning pinning, int warmup, int calls, ServerProcess.Limits limits) {
        try (ServerProcess s = ServerProcess.start(spec, pinning.serverPrefix(), limits)) {
            s.handshake();
            long id = 2;
            s.phase("sequential warm-up (" + pinning.key() + ")", limits.phase());
            for (int i = 0; i < warmup; i++, id++) {
                s.send(McpMessages.echoCall(id));
                s.flush();
                SpawnProbe.checkEcho(s, s.readResponse(), id);
            }
            s.idle();
            long rss = s.rssKiB();
            long[] nanos = new long[calls];
            s.phase("sequential calls (" + pinning.key() + ")", limits.phase());
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++, id++) {
                long t0 = System.nanoTime();
                s.send(McpMessages.echoCall(id));
                s.flush();
                var response = s.readResponse();
                nanos[i] = System.nanoTime() - t0;
                SpawnProbe.checkEcho(s, response, id);
            }
            long total = System.nanoTime() - start;
            s.idle();
            long peak = s.peakRssKiB();
            s.closeInput();
            s.awaitExit(Duration.ofSeconds(5));
            Arrays.sort(nanos);
            return new Result(pinning.key(), calls, calls / (total / 1e9),
                    Stats.percentile(nanos, 50) / 1000.0, Stats.percentile(nanos, 99) / 1000.0, rss, peak);
        }
    }
}
