package dev.mcpkit.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.dev.MavenBuild;
import dev.mcpkit.maven.core.launch.Header;
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

    /**
     * A server that already serves over Streamable HTTP at this URL (e.g. {@code https://weather.example.com/mcp}): the
     * clients' entries reach it there instead of starting a process. @since 0.1.0
     */
    @Parameter(property = "mcp.url")
    String url;

    /**
     * Headers clients send to {@code mcp.url}, as {@code Name: value}; write a credential as {@code {env:KEY}} (e.g.
     * {@code Authorization: Bearer {env:WEATHER_TOKEN}}): each client reads it from where it keeps such values, and the
     * value is never written. An mcpkit server with OAuth needs none: clients sign in by themselves. @since 0.1.0
     */
    @Parameter(property = "mcp.headers")
    List<String> headers = new ArrayList<>();

    LaunchRequest launchRequest() {
        LaunchRequest request = new LaunchRequest(dev ? LaunchMode.DEV : LaunchMode.parse(launch), Path.of(mcpDirectory),
                jar == null ? null : Path.of(jar), javaExecutable(), jvmOptions, release(), serverProject().coordinates(),
                MavenBuild.mvn(System.getProperty("maven.home")), project.getFile().toPath().toAbsolutePath(), null, List.of());
        if (url == null || url.isBlank()) {
            if (!headers.isEmpty()) {
                throw new IllegalArgumentException("mcp.headers go with a server at a URL: set -Dmcp.url too");
            }
            return request;
        }
        List<Header> sent = new ArrayList<>();
        headers.forEach(header -> sent.add(Header.parse(header)));
        return request.remote(url.trim(), sent);
    }
}
