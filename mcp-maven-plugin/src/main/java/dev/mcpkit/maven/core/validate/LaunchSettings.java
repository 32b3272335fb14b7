package dev.mcpkit.maven.core.validate;

import java.nio.file.Path;
import java.time.Duration;

import dev.mcpkit.maven.core.describe.ServerCommand;

/**
 * How checks may run the server: the java of the build (for {@code java -jar}), the command that runs it from
 * {@code target/classes} when nothing is packaged yet (may be null), and the client launch check's time budget.
 */
public record LaunchSettings(Path java, ServerCommand classesCommand, Duration budget) {
}
