package dev.mcpkit;

import java.nio.file.Path;

/** Where the repository's files are, seen from this module's tests (Maven runs them in mcp-runtime/). */
final class RootReadme {

    private RootReadme() {
    }

    static Path repository() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static Path path() {
        return repository().resolve("README.md");
    }
}
