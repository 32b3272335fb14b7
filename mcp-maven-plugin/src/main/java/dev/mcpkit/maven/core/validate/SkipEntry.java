package dev.mcpkit.maven.core.validate;

/** A check the project opts out of, and why; the reason is shown in every report. */
public record SkipEntry(String id, String reason) {

    public SkipEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("<skipChecks>: an entry has no <id>; name the check to skip, e.g. ux.client-launch");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("<skipChecks>: the entry for " + id.trim() + " has no <reason>; say why the check does not apply");
        }
        id = id.trim();
        reason = reason.trim();
    }
}
