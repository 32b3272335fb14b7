package dev.mcpkit.bench.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured for one server. */
final class ServerFigures {

    final HttpServerSpec spec;
    final List<Double> startupMs = new ArrayList<>();
    LoadRun.Result warmup;
    /** Every measured run per concurrency, in order. */
    final Map<Integer, List<LoadRun.Result>> runs = new LinkedHashMap<>();
    long rssAfterWarmupKib = -1;
    long rssAtEndKib = -1;
    long peakRssKib = -1;
    final List<String> errors = new ArrayList<>();

    ServerFigures(HttpServerSpec spec) {
        this.spec = spec;
    }

    String name() {
        return spec.name();
    }

    /** The run with the most calls/s at {@code clients}, or null. */
    LoadRun.Result best(int clients) {
        LoadRun.Result best = null;
        for (LoadRun.Result r : runs.getOrDefault(clients, List.of())) {
            if (best == null || r.callsPerSecond() > best.callsPerSecond()) {
                best = r;
            }
        }
        return best;
    }

    /** Failed calls at {@code clients} over every round. */
    long failed(int clients) {
        long n = 0;
        for (LoadRun.Result r : runs.getOrDefault(clients, List.of())) {
            n += r.failed();
        }
        return n;
    }

    long failedInAll() {
        long n = warmup == null ? 0 : warmup.failed();
        for (int c : runs.keySet()) {
            n += failed(c);
        }
        return n;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("command", String.join(" ", spec.template()));
        m.put("startupMs", startupMs);
        m.put("warmup", warmup == null ? null : warmup.toMap());
        Map<String, Object> byClients = new LinkedHashMap<>();
        runs.forEach((c, list) -> byClients.put(Integer.toString(c), list.stream().map(LoadRun.Result::toMap).toList()));
        m.put("runs", byClients);
        m.put("rssAfterWarmupKib", rssAfterWarmupKib);
        m.put("rssAtEndKib", rssAtEndKib);
        m.put("peakRssKib", peakRssKib);
        m.put("errors", errors);
        return m;
    }
}
