package dev.mcpkit.maven;

import java.nio.file.Path;

import dev.mcpkit.maven.core.dev.MavenBuild;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.setup.LaunchRequest;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of {@code mcp:config} and {@code mcp:install}, the goals that write a client's entry: which
 * client, which of its files, and how it launches the server. Kept off the other goals so that
 * {@code mcp:help -Ddetail} lists them only where they do something.
 */
abstract class AbstractClientMojo extends AbstractMcpMojo {

    /**
     * The MCP client: claude-desktop, claude-code, vscode, cursor, windsurf, cursor-agent, zed, goose, gemini, codex,
     * opencode, antigravity, antigravity-cli, junie or jetbrains ({@code mcp:config}
     * also takes a comma-separated list or {@code all}). @since 0.1.0
     */
    @Parameter(property = "mcp.client", defaultValue = "claude-desktop")
    String client;

    /** {@code user} (the client's own configuration) or {@code project} (a file in this project). @since 0.1.0 */
    @Parameter(property = "mcp.scope", defaultValue = "user")
    String scope;

    /**
     * How clients start the server: {@code launcher}, {@code java} ({@code java -jar}), {@code jbang}, or {@code dev}
     * ({@code mvn -q mcp:dev} on this project: the build output with live reload). @since 0.1.0
     */
    @Parameter(property = "mcp.launch", defaultValue = "launcher")
    String launch;

    /** The same as {@code -Dmcp.launch=dev}: the client runs the server under development, with live reload. @since 0.1.0 */
    @Parameter(property = "mcp.dev", defaultValue = "false")
    boolean dev;

    /** The executable jar for {@code java} launches. Default: {@code <mcp.directory>/<name>-<version>.jar}. @since 0.1.0 */
    @Parameter(property = "mcp.jar")
    String jar;

    LaunchRequest launchRequest() {
        return new LaunchRequest(dev ? LaunchMode.DEV : LaunchMode.parse(launch), Path.of(mcpDirectory), jar == null ? null : Path.of(jar),
                javaExecutable(), jvmOptions, release(), serverProject().coordinates(),
                MavenBuild.mvn(System.getProperty("maven.home")), project.getFile().toPath().toAbsolutePath());
    }
}
