package dev.mcpkit.maven.core.install;

import java.nio.file.Path;

/** A client's configuration file on this machine, with a note when the choice needs explaining. */
public record ConfigLocation(Path file, String note) {
}
