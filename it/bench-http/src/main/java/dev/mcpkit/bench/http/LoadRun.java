package dev.mcpkit.bench.http;

import dev.mcpkit.bench.Stats;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code clients} virtual clients calling {@code echo} in a loop, each with its own session, {@link
 * java.net.http.HttpClient} (so its own keep-alive connection) and platform thread: one request, its answer, the
 * next. Sessions are opened before the clock starts and closed after it stops. Either a fixed number of calls
 * shared out between the clients, or as many as fit in a duration.
 */
final class LoadRun {

    /** Figures of one run; latencies in microseconds, nearest-rank percentiles over every call. */
    record Result(int clients, long calls, long failed, double seconds, double callsPerSecond, double p50Micros,
                  double p99Micros, Map<String, Integer> failures) {

        /** For the JSON report (the writer reads only public types' records). */
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clients", clients);
            m.put("calls", calls);
            m.put("failed", failed);
            m.put("seconds", seconds);
            m.put("callsPerSecond", callsPerSecond);
            m.put("p50Micros", p50Micros);
            m.put("p99Micros", p99Micros);
            m.put("failures", failures);
            return m;
        }
    }

    private LoadRun() {
    }

    /**
     * Runs {@code totalCalls} calls when it is above 0, else for {@code duration}; {@code bearerToken} (or null) goes
     * with every request.
     */
    static Result run(URI endpoint, int clients, long totalCalls, Duration duration, Duration timeout, String bearerToken)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        Client[] all = new Client[clients];
        for (int i = 0; i < clients; i++) {
            long share = totalCalls <= 0 ? Long.MAX_VALUE : totalCalls / clients + (i < totalCalls % clients ? 1 : 0);
            all[i] = new Client(i, endpoint, timeout, bearerToken, share, ready, go);
            all[i].thread.start();
        }
        if (!ready.await(timeout.toMillis() * 2 + 10_000, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the " + clients + " sessions were not all open after "
                    + (timeout.toSeconds() * 2 + 10) + " s");
        }
        long start = System.nanoTime();
        go.countDown();
        if (totalCalls <= 0) {
            Thread.sleep(duration.toMillis());
            for (Client c : all) {
                c.stop = true;
            }
        }
        long end = start;
        long calls = 0;
        long failed = 0;
        Map<String, Integer> failures = new LinkedHashMap<>();
        int n = 0;
        for (Client c : all) {
            c.thread.join();
            end = Math.max(end, c.finishedAt);
            calls += c.calls;
            failed += c.failed;
            n += c.latencyCount;
            c.failures.forEach((k, v) -> failures.merge(k, v, Integer::sum));
        }
        long[] micros = new long[n];
        int at = 0;
        for (Client c : all) {
            System.arraycopy(c.latencies, 0, micros, at, c.latencyCount);
            at += c.latencyCount;
        }
        Arrays.sort(micros);
        double seconds = (end - start) / 1e9;
        return new Result(clients, calls, failed, seconds, seconds > 0 ? (calls - failed) / seconds : 0,
                Stats.percentile(micros, 50), Stats.percentile(micros, 99), Collections.unmodifiableMap(failures));
    }

    /** One virtual client on its own thread. Fields are read by the caller after {@link Thread#join}. */
    private static final class Client implements Runnable {

        final Thread thread;
        private final int index;
        private final URI endpoint;
        private final Duration timeout;
        private final String bearerToken;
        private final long share;
        private final CountDownLatch ready;
        private final CountDownLatch go;
        volatile boolean stop;
        long calls;
        long failed;
        long finishedAt;
        long[] latencies = new long[1024];
        int latencyCount;
        final Map<String, Integer> failures = new LinkedHashMap<>();

        Client(int index, URI endpoint, Duration timeout, String bearerToken, long share, CountDownLatch ready, CountDownLatch go) {
            this.index = index;
            this.endpoint = endpoint;
            this.timeout = timeout;
            this.bearerToken = bearerToken;
            this.share = share;
            this.ready = ready;
            this.go = go;
            this.thread = new Thread(this, "client-" + index);
            this.thread.setDaemon(true);
        }

        @Override
        public void run() {
            try (McpSession session = new McpSession(endpoint, timeout, bearerToken)) {
                boolean open = open(session);
                ready.countDown();
                go.await();
                if (open) {
                    loop(session);
                }
                finishedAt = System.nanoTime();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finishedAt = System.nanoTime();
            }
        }

        private boolean open(McpSession session) {
            try {
                session.initialize();
                session.initialized();
                return true;
            } catch (Exception e) {
                calls++;
                fail("session not opened: " + e);
                return false;
            }
        }

        private void loop(McpSession session) {
            String prefix = "c" + index + "-";
            for (long id = 1; id <= share && !stop; id++) {
                long t0 = System.nanoTime();
                String problem = session.echo(id, prefix + id);
                long micros = (System.nanoTime() - t0) / 1000;
                calls++;
                if (problem != null) {
                    fail(problem);
                    continue;
                }
                if (latencyCount == latencies.length) {
                    latencies = Arrays.copyOf(latencies, latencies.length * 2);
                }
                latencies[latencyCount++] = micros;
            }
        }

        private void fail(String problem) {
            failed++;
            // keep the kinds of failure apart without the per-call text (ids, messages)
            String kind = problem.length() > 80 ? problem.substring(0, 80) : problem;
            if (failures.size() < 10 || failures.containsKey(kind)) {
                failures.merge(kind, 1, Integer::sum);
            }
        }
    }

    /** The failures of several runs, merged. */
    static Map<String, Integer> merge(List<Result> results) {
        Map<String, Integer> all = new LinkedHashMap<>();
        for (Result r : new ArrayList<>(results)) {
            r.failures().forEach((k, v) -> all.merge(k, v, Integer::sum));
        }
        return all;
    }
}
