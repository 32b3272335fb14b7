package dev.mcpkit.maven.core.packaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The time stamped on every archive entry, read from {@code project.build.outputTimestamp} the way Maven reads it. */
public final class OutputTimestamp {

    private OutputTimestamp() {
    }

    /**
     * ISO-8601 or seconds since the epoch; unset (or one character, Maven's "off") means now, so the archives are then
     * not reproducible.
     */
    public static Instant parse(String value) {
        if (value == null || value.trim().length() < 2) {
            return Instant.now();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + v
                    + "' is neither ISO-8601 (2026-01-01T00:00:00Z) nor seconds since 1970: fix it in pom.xml");
        }
    }
}
