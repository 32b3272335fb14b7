package dev.mcpkit.maven;

import dev.mcpkit.maven.core.validate.SkipEntry;

/**
 * A check this project opts out of, with the reason the report shows:
 * <pre>{@code <skipChecks><skipCheck><id>consistency.breaking-changes</id><reason>first release</reason></skipCheck></skipChecks>}</pre>
 */
public class SkipCheck {

    /** The check's id, e.g. {@code ux.client-launch}. */
    private String id;
    /** Why the check does not apply; required. */
    private String reason;

    SkipEntry toEntry() {
        return new SkipEntry(id, reason);
    }
}
