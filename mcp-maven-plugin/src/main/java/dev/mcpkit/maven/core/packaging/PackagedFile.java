package dev.mcpkit.maven.core.packaging;

import java.nio.file.Path;

/** One output of {@code mcp:package}: the file, what it is, and the one command to try it (may be null). */
public record PackagedFile(Path path, String what, String tryIt) {
}
