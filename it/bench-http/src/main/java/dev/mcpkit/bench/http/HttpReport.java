package dev.mcpkit.bench.http;

import dev.mcpkit.bench.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The Markdown table (one row per figure, one column per server) and the JSON of a run. */
final class HttpReport {

    private final HttpBenchOptions options;
    private final List<ServerFigures> figures;
    private final List<String> notes;

    HttpReport(HttpBenchOptions options, List<ServerFigures> figures, List<String> notes) {
        this.options = options;
        this.figures = figures;
        this.notes = notes;
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| metric |");
        for (ServerFigures f : figures) {
            b.append(' ').append(f.name()).append(" |");
        }
        b.append("\n|---|");
        figures.forEach(f -> b.append("---:|"));
        b.append('\n');
        if (options.spawns > 0) {
            row(b, "spawn → first initialize answer, median (ms)", f -> decimal(Stats.percentile(f.startupMs, 50), 1));
        }
        for (int c : options.clients) {
            String label = c + (c == 1 ? " client" : " clients");
            row(b, label + ": calls/s", f -> f.best(c) == null ? "—" : whole(f.best(c).callsPerSecond()));
            row(b, label + ": p50 latency (µs)", f -> f.best(c) == null ? "—" : whole(f.best(c).p50Micros()));
            row(b, label + ": p99 latency (µs)", f -> f.best(c) == null ? "—" : whole(f.best(c).p99Micros()));
            row(b, label + ": failed requests", f -> f.runs.containsKey(c) ? whole(f.failed(c)) : "—");
        }
        if (options.warmup > 0) {
            row(b, "warm-up: failed requests", f -> f.warmup == null ? "—" : whole(f.warmup.failed()));
        }
        row(b, "RSS after warm-up (KiB)", f -> kib(f.rssAfterWarmupKib));
        row(b, "RSS after the runs (KiB)", f -> kib(f.rssAtEndKib));
        row(b, "peak RSS, VmHWM (KiB)", f -> kib(f.peakRssKib));
        b.append('\n');
        for (String note : notesWithCounts()) {
            b.append("- ").append(note).append('\n');
        }
        for (ServerFigures f : figures) {
            for (String e : f.errors) {
                b.append("- **").append(f.name()).append(" failed** in ").append(e.replace("\n", " ")).append('\n');
            }
            Map<String, Integer> kinds = new LinkedHashMap<>();
            f.runs.values().forEach(list -> LoadRun.merge(list).forEach((k, v) -> kinds.merge(k, v, Integer::sum)));
            if (f.warmup != null) {
                f.warmup.failures().forEach((k, v) -> kinds.merge(k, v, Integer::sum));
            }
            if (!kinds.isEmpty()) {
                b.append("- ").append(f.name()).append(" failed requests by kind: ").append(kinds).append('\n');
            }
        }
        return b.toString();
    }

    private List<String> notesWithCounts() {
        List<String> all = new ArrayList<>();
        Map<String, Object> m = HttpBenchmark.machine();
        all.add(String.format(Locale.ROOT, "Machine: %s CPUs (%s), %s; driver on Java %s.", m.get("cpus"),
                m.get("cpuModel"), m.get("os"), m.get("driverJava")));
        all.add(String.format(Locale.ROOT, "Counts: %d cold starts per server; %,d warm-up calls per server; %s per "
                        + "concurrency and server in each of %d round(s), the servers measured in turn at each concurrency "
                        + "(order rotated each round), the round with the most calls/s shown; failed requests summed over "
                        + "every round.", options.spawns, options.warmup, options.measure(), options.rounds));
        all.addAll(notes);
        return all;
    }

    private void row(StringBuilder b, String label, Function<ServerFigures, String> cell) {
        b.append("| ").append(label).append(" |");
        for (ServerFigures f : figures) {
            b.append(' ').append(cell.apply(f)).append(" |");
        }
        b.append('\n');
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("machine", HttpBenchmark.machine());
        m.put("options", options.toMap());
        m.put("notes", notes);
        List<Object> servers = new ArrayList<>();
        for (ServerFigures f : figures) {
            servers.add(f.toMap());
        }
        m.put("servers", servers);
        return m;
    }

    private static String whole(double v) {
        return Double.isNaN(v) || v < 0 ? "—" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String decimal(double v, int places) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,." + places + "f", v);
    }

    private static String kib(long v) {
        return v < 0 ? "—" : String.format(Locale.ROOT, "%,d", v);
    }
}
