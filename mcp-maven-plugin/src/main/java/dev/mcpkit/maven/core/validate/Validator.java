package dev.mcpkit.maven.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the checks against one model, honouring skip entries; collects, never changes anything. */
public final class Validator {

    private final List<Check> checks;

    public Validator(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public ValidationReport validate(ProjectModel model, List<SkipEntry> skips, boolean strict) throws InterruptedException {
        Map<String, SkipEntry> skipped = new LinkedHashMap<>();
        for (SkipEntry s : skips) {
            if (checks.stream().noneMatch(c -> c.id().equals(s.id()))) {
                throw new IllegalArgumentException("<skipChecks>: there is no check '" + s.id() + "'; the ids are " + ids());
            }
            skipped.put(s.id(), s);
        }
        long start = System.nanoTime();
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            SkipEntry skip = skipped.get(check.id());
            if (skip != null) {
                results.add(CheckResult.skipped(check, skip.reason()));
                continue;
            }
            long t = System.nanoTime();
            Findings findings = new Findings(check.id());
            try {
                check.run(model, findings);
            } catch (RuntimeException e) {
                // a broken check must not hide the others' results
                findings.error("the check itself failed: " + e, "report this to mcpkit; skip the check with a reason meanwhile");
            }
            results.add(CheckResult.of(check, findings.list(), (System.nanoTime() - t) / 1_000_000));
        }
        return new ValidationReport(results, strict, (System.nanoTime() - start) / 1_000_000);
    }

    private String ids() {
        List<String> ids = new ArrayList<>();
        for (Check c : checks) {
            ids.add(c.id());
        }
        return String.join(", ", ids);
    }
}
