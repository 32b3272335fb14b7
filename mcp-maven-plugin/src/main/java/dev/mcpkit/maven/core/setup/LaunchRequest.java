package dev.mcpkit.maven.core.setup;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.project.Coordinates;

/**
 * How a client should start the server: the launch mode, where the packaged launcher and jar are
 * ({@code null} jar = {@code <mcpDir>/<name>-<version>.jar}), which java to use in java mode, extra JVM
 * options, the Java release, the project's coordinates (JBang runs them), and for {@code dev} the Maven and the POM
 * that run {@code mcp:dev}; or, for {@code remote}, the URL the server serves at and the headers clients send it.
 */
public record LaunchRequest(LaunchMode mode, Path mcpDir, Path jar, Path java, List<String> jvmOptions, int javaRelease,
                            Coordinates coordinates, Path mvn, Path pom, String url, List<Header> headers) {

    public LaunchRequest {
        jvmOptions = List.copyOf(jvmOptions);
        headers = List.copyOf(headers);
    }

    /** A launch of the packaged server (not {@code dev}). */
    public LaunchRequest(LaunchMode mode, Path mcpDir, Path jar, Path java, List<String> jvmOptions, int javaRelease,
                         Coordinates coordinates) {
        this(mode, mcpDir, jar, java, jvmOptions, javaRelease, coordinates, null, null, null, List.of());
    }

    /** The same request for a server serving at {@code url}. */
    public LaunchRequest remote(String serverUrl, List<Header> sent) {
        return new LaunchRequest(LaunchMode.REMOTE, mcpDir, jar, java, jvmOptions, javaRelease, coordinates, mvn, pom, serverUrl, sent);
    }
}
