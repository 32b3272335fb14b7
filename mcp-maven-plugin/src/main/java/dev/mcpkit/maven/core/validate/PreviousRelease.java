package dev.mcpkit.maven.core.validate;

import dev.mcpkit.maven.core.describe.ServerDescriptor;

/** The last release of the same artifact, found by a {@link PreviousReleaseSource}: its version and what it described (or why not). */
public record PreviousRelease(String version, ServerDescriptor descriptor, String problem) {
}
