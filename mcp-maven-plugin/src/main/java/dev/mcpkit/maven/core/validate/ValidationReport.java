package dev.mcpkit.maven.core.validate;

import java.util.List;

/** Every check's result, whether warnings count as failures, and the wall time of the whole run. */
public record ValidationReport(List<CheckResult> results, boolean strict, long millis) {

    public ValidationReport {
        results = List.copyOf(results);
    }

    public long count(CheckResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** Errors always fail; warnings fail in strict mode. */
    public boolean failed() {
        return count(CheckResult.Status.FAIL) > 0 || strict && count(CheckResult.Status.WARN) > 0;
    }

    public String summary() {
        return (failed() ? "mcp:validate FAILED: " : "mcp:validate passed: ") + count(CheckResult.Status.PASS) + " passed, "
                + count(CheckResult.Status.WARN) + " warnings" + (strict ? " (strict: warnings fail)" : "") + ", "
                + count(CheckResult.Status.FAIL) + " failed, " + count(CheckResult.Status.SKIPPED) + " skipped of "
                + results.size() + " checks in " + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
