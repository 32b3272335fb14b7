package dev.mcpkit.maven.core.validate;

import java.util.ArrayList;
import java.util.List;

/** The report as a plain-text table, one block per category: status, id, message, how to fix. */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    public static List<String> lines(ValidationReport report) {
        int idWidth = 0;
        for (CheckResult r : report.results()) {
            idWidth = Math.max(idWidth, r.id().length());
        }
        List<String> lines = new ArrayList<>();
        for (Category category : Category.values()) {
            List<CheckResult> rows = report.results().stream().filter(r -> r.category() == category).toList();
            if (rows.isEmpty()) {
                continue;
            }
            lines.add(category.title());
            for (CheckResult r : rows) {
                String status = switch (r.status()) {
                    case PASS -> "pass";
                    case WARN -> "WARN";
                    case FAIL -> "FAIL";
                    case SKIPPED -> "skip";
                };
                if (r.status() == CheckResult.Status.SKIPPED) {
                    lines.add(row(status, r.id(), idWidth, "skipped: " + r.skipReason()));
                    continue;
                }
                List<Finding> problems = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
                if (problems.isEmpty()) {
                    // a passing check shows what it verified, and its notes (timings, what could not be checked yet)
                    List<String> notes = r.findings().stream().map(Finding::message).toList();
                    lines.add(row(status, r.id(), idWidth, r.title() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")));
                    continue;
                }
                boolean firstRow = true;
                for (Finding f : problems) {
                    lines.add(row(firstRow ? status : "", firstRow ? r.id() : "", idWidth, f.message()));
                    if (!f.fix().isEmpty()) {
                        lines.add(row("", "", idWidth, "  fix: " + f.fix()));
                    }
                    firstRow = false;
                }
            }
        }
        lines.add(report.summary());
        return lines;
    }

    private static String row(String status, String id, int idWidth, String text) {
        return "  " + pad(status, 4) + "  " + pad(id, idWidth) + "  " + text;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
