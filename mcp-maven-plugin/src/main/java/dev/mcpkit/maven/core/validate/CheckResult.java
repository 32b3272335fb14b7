package dev.mcpkit.maven.core.validate;

import java.util.List;

/** How one check ended: its findings, or why it was skipped, and how long it took. */
public record CheckResult(String id, Category category, String title, Status status, List<Finding> findings,
                          String skipReason, long millis) {

    /** PASS: nothing above info; WARN: warnings only; FAIL: at least one error; SKIPPED: opted out with a reason. */
    public enum Status { PASS, WARN, FAIL, SKIPPED }

    public CheckResult {
        findings = List.copyOf(findings);
    }

    static CheckResult of(Check check, List<Finding> findings, long millis) {
        Status status = Status.PASS;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                status = Status.FAIL;
            } else if (f.severity() == Severity.WARNING && status == Status.PASS) {
                status = Status.WARN;
            }
        }
        return new CheckResult(check.id(), check.category(), check.title(), status, findings, null, millis);
    }

    static CheckResult skipped(Check check, String reason) {
        return new CheckResult(check.id(), check.category(), check.title(), Status.SKIPPED, List.of(), reason, 0);
    }
}
