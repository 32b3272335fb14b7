package dev.mcpkit.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The results as a Markdown table (one column per server, a ratio column per server against the floor, the
 * row's target, e.g. ≤ 1.5 × floor, and a pass/FAIL mark per server) and as JSON.
 */
final class Report {

    static final long JAR_LIMIT_BYTES = 3_000_000;

    private final BenchOptions options;
    private final List<ServerResults> servers;
    private final ServerResults floor;
    private final List<Pinning> pinnings;
    private final List<String> notes;
    private final List<Row> rows = new ArrayList<>();

    Report(BenchOptions options, List<ServerResults> servers, List<Pinning> pinnings, List<String> notes) {
        this.options = options;
        this.servers = servers;
        this.pinnings = pinnings;
        this.notes = notes;
        ServerResults f = null;
        for (ServerResults s : servers) {
            if (s.name().equals(options.floor)) {
                f = s;
            }
        }
        this.floor = f;
        defineRows();
    }

    /** One line of the table: a value per server, optionally a ratio to the floor and a target. */
    private record Row(String label, Function<ServerResults, Double> value, Function<ServerResults, String> text,
                       boolean ratio, String target, BiPredicate<Double, Double> pass) {
    }

    private void defineRows() {
        number("spawn → initialize response, median (ms)", s -> pct(s.initializeMs, 50), 1, true,
                "≤ 2.5 × floor", (v, f) -> f != null && v <= 2.5 * f);
        number("spawn → initialize response, p90 (ms)", s -> pct(s.initializeMs, 90), 1, true, null, null);
        if (!options.cached.isEmpty()) {
            number("spawn → initialize response with the start-up cache, median (ms)",
                    s -> options.cached.contains(s.name()) || s.name().equals(options.floor) ? pct(s.initializeMs, 50) : null, 1, true,
                    "≤ 1.5 × floor", (v, f) -> f != null && v <= 1.5 * f);
        }
        number("initialize → first echo result, median (ms)", s -> pct(s.firstCallMs, 50), 2, true,
                "≤ 3 ms", (v, f) -> v <= 3.0);
        number("initialize → first echo result, p90 (ms)", s -> pct(s.firstCallMs, 90), 2, true, null, null);
        number("first echo result as a share of the floor's spawn → initialize (%)", this::firstCallShare, 1, false,
                "≤ 2.5 %", (v, f) -> v <= 2.5);
        for (Pinning p : pinnings) {
            String key = p.key();
            number("sequential echo, " + p.label() + ": calls/s", s -> seq(s, key, SequentialRun.Result::callsPerSecond),
                    0, true, "≥ 85 % of floor", (v, f) -> f != null && v >= 0.85 * f);
            number("sequential echo, " + p.label() + ": p50 latency (µs)",
                    s -> seq(s, key, SequentialRun.Result::p50Micros), 1, true, null, null);
            number("sequential echo, " + p.label() + ": p99 latency (µs)",
                    s -> seq(s, key, SequentialRun.Result::p99Micros), 1, true, null, null);
        }
        if (options.shortWarmup > 0) {
            for (Pinning p : pinnings) {
                String key = p.key();
                number(String.format(Locale.ROOT, "short session (%,d warm-up calls), %s: calls/s", options.shortWarmup, p.label()),
                        s -> brief(s, key), 0, true, "≥ 85 % of floor", (v, f) -> f != null && v >= 0.85 * f);
            }
        }
        String inflight = options.window + " in flight, " + String.format(Locale.ROOT, "%,d", options.inflightCalls)
                + " calls";
        number(inflight + ": calls/s", s -> s.inflight == null || s.inflight.failedInWarmup() ? null
                : s.inflight.result().callsPerSecond(), 0, true, null, null);
        number(inflight + ": dropped responses", s -> inf(s, r -> (double) r.dropped()), 0, false,
                "0", (v, f) -> v == 0);
        rows.add(new Row(inflight + ": duplicated / unexpected id / wrong content / malformed",
                s -> inf(s, r -> (double) (r.duplicated() + r.unexpectedIds() + r.wrongContent() + r.malformed())),
                s -> s.inflight == null ? null : s.inflight.result().duplicated() + " / "
                        + s.inflight.result().unexpectedIds() + " / " + s.inflight.result().wrongContent() + " / "
                        + s.inflight.result().malformed(),
                false, "0 / 0 / 0 / 0", (v, f) -> v == 0));
        rows.add(new Row("stdin closed after " + options.eofBatch + " requests: answered before exit",
                s -> s.drain == null ? null : (s.drain.problem() == null && s.drain.dropped() == 0 ? 1.0 : 0.0),
                s -> s.drain == null ? null : s.drain.answered() + "/" + s.drain.batch()
                        + (s.drain.exitCode() != null ? ", exit " + s.drain.exitCode() : ", did not exit"),
                false, "all, then exit", (v, f) -> v == 1.0));
        number("RSS after warm-up (KiB)", s -> s.inflight == null || s.inflight.rssAfterWarmupKiB() < 0 ? null
                : (double) s.inflight.rssAfterWarmupKiB(), 0, true, "≤ 1.2 × floor", (v, f) -> f != null && v <= 1.2 * f);
        number("peak RSS after the in-flight run (KiB)", s -> s.inflight == null || s.inflight.peakRssKiB() < 0 ? null
                : (double) s.inflight.peakRssKiB(), 0, true, null, null);
        number("jar size (kB)", s -> s.jarBytes() < 0 ? null : s.jarBytes() / 1000.0, 1, true,
                "≤ 3 MB", (v, f) -> v * 1000 <= JAR_LIMIT_BYTES);
    }

    private void number(String label, Function<ServerResults, Double> value, int decimals, boolean ratio,
                        String target, BiPredicate<Double, Double> pass) {
        rows.add(new Row(label, value, s -> {
            Double v = value.apply(s);
            return v == null ? null : String.format(Locale.ROOT, "%,." + decimals + "f", v);
        }, ratio, target, pass));
    }

    private static Double pct(List<Double> samples, double p) {
        return samples.isEmpty() ? null : Stats.percentile(samples, p);
    }

    private static Double seq(ServerResults s, String key, Function<SequentialRun.Result, Double> f) {
        SequentialRun.Result r = s.sequential.get(key);
        return r == null ? null : f.apply(r);
    }

    private static Double brief(ServerResults s, String key) {
        SequentialRun.Result r = s.shortSession.get(key);
        return r == null ? null : r.callsPerSecond();
    }

    /** What a user waits for on the first call, against what the JVM and the pipes cost to start at all. */
    private Double firstCallShare(ServerResults s) {
        Double call = pct(s.firstCallMs, 50);
        Double start = floor == null ? null : pct(floor.initializeMs, 50);
        return call == null || start == null || start == 0 ? null : 100.0 * call / start;
    }

    private static Double inf(ServerResults s, Function<InflightRun.Result, Double> f) {
        // a run that failed in its warm-up still shows its counts: they are what made it fail
        return s.inflight == null ? null : f.apply(s.inflight.result());
    }

    private List<ServerResults> others() {
        List<ServerResults> others = new ArrayList<>();
        for (ServerResults s : servers) {
            if (s != floor) {
                others.add(s);
            }
        }
        return others;
    }

    /** Pass (true), fail (false) or not measured (null) for {@code s} on {@code row}. */
    private Boolean verdict(Row row, ServerResults s) {
        Double v = row.value().apply(s);
        if (row.pass() == null || v == null) {
            return null;
        }
        Double f = floor == null ? null : row.value().apply(floor);
        if (row.ratio() && row.target().contains("floor") && f == null) {
            return null;
        }
        return row.pass().test(v, f);
    }

    String markdown() {
        List<ServerResults> others = floor == null ? List.of() : others();
        StringBuilder b = new StringBuilder();
        b.append("| metric |");
        for (ServerResults s : servers) {
            b.append(' ').append(s.name()).append(s == floor && !s.name().equals("floor") ? " (floor)" : "").append(" |");
        }
        for (ServerResults s : others) {
            b.append(' ').append(s.name()).append(" ÷ floor |");
        }
        b.append(" target |");
        for (ServerResults s : others) {
            b.append(' ').append(s.name()).append(" |");
        }
        b.append("\n|---|");
        b.append("---:|".repeat(servers.size() + others.size()));
        b.append("---|");
        b.append(":---:|".repeat(others.size()));
        b.append('\n');
        for (Row row : rows) {
            b.append("| ").append(row.label()).append(" |");
            for (ServerResults s : servers) {
                String t = row.text().apply(s);
                b.append(' ').append(t == null ? "—" : t).append(" |");
            }
            for (ServerResults s : others) {
                b.append(' ').append(ratioText(row, s)).append(" |");
            }
            b.append(' ').append(row.target() == null ? "" : row.target()).append(" |");
            for (ServerResults s : others) {
                Boolean ok = verdict(row, s);
                String mark = ok != null ? (ok ? "pass" : "**FAIL**")
                        : row.target() == null ? "" : s.errors.isEmpty() ? "—" : "error (see notes)";
                b.append(' ').append(mark).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
        for (String note : notes()) {
            b.append("- ").append(note).append('\n');
        }
        return b.toString();
    }

    private String ratioText(Row row, ServerResults s) {
        if (!row.ratio()) {
            return "";
        }
        Double v = row.value().apply(s);
        Double f = row.value().apply(floor);
        if (v == null || f == null || f == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", v / f);
    }

    private List<String> notes() {
        List<String> all = new ArrayList<>();
        if (floor == null) {
            all.add("No server is named '" + options.floor + "' (--floor): no ratios and no ratio targets.");
        }
        all.add(String.format(Locale.ROOT, "Counts: %d spawns per server (alternating), sequential %,d warm-up + %,d"
                        + " calls × %d round(s) per pinning (best round shown), %,d in-flight calls after %,d warm-up,"
                        + " window %d.", options.spawns, options.warmup, options.calls, options.rounds,
                options.inflightCalls, options.warmup, options.window));
        all.add("Driver: Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs visible; RSS is VmRSS of the server's JVM in the unpinned in-flight run, after its warm-up.");
        all.addAll(notes);
        for (ServerResults s : servers) {
            for (String e : s.errors) {
                all.add("**" + s.name() + "**: " + e.replace("\n", "\n  "));
            }
            if (s.inflight != null && !s.inflight.result().problems().isEmpty()) {
                all.add(s.name() + " in-flight problems (first " + s.inflight.result().problems().size() + "): "
                        + String.join("; ", s.inflight.result().problems()));
            }
            if (s.inflight != null && s.inflight.failedInWarmup()) {
                all.add(s.name() + " in-flight run failed in its warm-up; its counts are the warm-up's.");
            }
            if (s.inflight != null && s.inflight.result().stoppedBecause() != null) {
                all.add(s.name() + " in-flight run stopped: " + s.inflight.result().stoppedBecause());
            }
            if (s.drain != null && s.drain.problem() != null) {
                all.add(s.name() + " EOF drain: " + s.drain.problem());
            }
        }
        return all;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("options", options.toMap());
        m.put("pinnings", pinnings);
        List<Object> list = new ArrayList<>();
        for (ServerResults s : servers) {
            list.add(s.toMap());
        }
        m.put("servers", list);
        List<Object> targets = new ArrayList<>();
        for (ServerResults s : floor == null ? List.<ServerResults>of() : others()) {
            for (Row row : rows) {
                if (row.target() == null) {
                    continue;
                }
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("server", s.name());
                t.put("metric", row.label());
                t.put("target", row.target());
                t.put("value", row.value().apply(s));
                t.put("floor", row.value().apply(floor));
                t.put("pass", verdict(row, s));
                targets.add(t);
            }
        }
        m.put("targets", targets);
        m.put("notes", notes());
        return m;
    }
}
