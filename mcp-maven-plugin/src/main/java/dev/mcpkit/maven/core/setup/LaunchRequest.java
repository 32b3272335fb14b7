package dev.mcpkit.maven.core.setup;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.project.Coordinates;

/**
 * How a client should start the server: the launch mode, where the packaged launcher and jar are
 * ({@code null} jar = {@code <mcpDir>/<name>-<version>.jar}), which java to use in java mode, extra JVM
 * options, the Java release, and the project's coordinates (JBang runs them).
 */
public record LaunchRequest(LaunchMode mode, Path mcpDir, Path jar, Path java, List<String> jvmOptions, int javaRelease,
                            Coordinates coordinates) {

    public LaunchRequest {
        jvmOptions = List.copyOf(jvmOptions);
    }
}
