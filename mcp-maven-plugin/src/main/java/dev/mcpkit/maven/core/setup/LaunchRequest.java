package dev.mcpkit.maven.core.setup;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.launch.LaunchMode;

/**
 * How a client should start the server: the launch mode, where the packaged launcher and jar are
 * ({@code null} jar = {@code <mcpDir>/<name>-<version>.jar}), which java to use in java mode, extra JVM
 * options, the Java release, and the Maven coordinates for JBang.
 */
public record LaunchRequest(LaunchMode mode, Path mcpDir, Path jar, Path java, List<String> jvmOptions, int javaRelease,
                            String groupId, String artifactId, String version) {

    public LaunchRequest {
        jvmOptions = List.copyOf(jvmOptions);
    }
}
