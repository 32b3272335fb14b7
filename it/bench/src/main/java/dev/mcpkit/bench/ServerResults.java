package dev.mcpkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured for one server in one run; phases that failed leave their fields empty and add an error. */
final class ServerResults {

    final ServerSpec spec;
    final List<Double> initializeMs = new ArrayList<>();
    final List<Double> firstCallMs = new ArrayList<>();
    /** The best round (highest calls/s) per pinning key. */
    final Map<String, SequentialRun.Result> sequential = new LinkedHashMap<>();
    final Map<String, List<SequentialRun.Result>> sequentialRounds = new LinkedHashMap<>();
    /** The same after only the short-session warm-up: what a client that makes a few thousand calls sees. */
    final Map<String, SequentialRun.Result> shortSession = new LinkedHashMap<>();
    final Map<String, List<SequentialRun.Result>> shortSessionRounds = new LinkedHashMap<>();
    InflightRun.Run inflight;
    InflightRun.Drain drain;
    final List<String> errors = new ArrayList<>();

    ServerResults(ServerSpec spec) {
        this.spec = spec;
    }

    String name() {
        return spec.name();
    }

    /** Size of the server's jar in bytes, or -1 when there is none or it cannot be read. */
    long jarBytes() {
        Path jar = spec.jar();
        try {
            return jar != null && Files.isRegularFile(jar) ? Files.size(jar) : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    void addSequential(SequentialRun.Result r) {
        add(r, sequential, sequentialRounds);
    }

    void addShortSession(SequentialRun.Result r) {
        add(r, shortSession, shortSessionRounds);
    }

    private static void add(SequentialRun.Result r, Map<String, SequentialRun.Result> best,
                            Map<String, List<SequentialRun.Result>> rounds) {
        rounds.computeIfAbsent(r.pinning(), k -> new ArrayList<>()).add(r);
        SequentialRun.Result previous = best.get(r.pinning());
        if (previous == null || r.callsPerSecond() > previous.callsPerSecond()) {
            best.put(r.pinning(), r);
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name());
        m.put("command", spec.commandLine());
        m.put("jar", spec.jar() == null ? null : spec.jar().toString());
        m.put("jarBytes", jarBytes());
        m.put("initializeMs", summary(initializeMs));
        m.put("firstCallMs", summary(firstCallMs));
        m.put("sequential", sequential);
        m.put("sequentialRounds", sequentialRounds);
        m.put("shortSession", shortSession);
        m.put("shortSessionRounds", shortSessionRounds);
        m.put("inflight", inflight);
        m.put("eofDrain", drain);
        m.put("errors", errors);
        return m;
    }

    private static Map<String, Object> summary(List<Double> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", Stats.percentile(samples, 50));
        m.put("p90", Stats.percentile(samples, 90));
        m.put("samples", samples);
        return m;
    }
}
