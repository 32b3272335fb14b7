package dev.mcpkit.maven;

import java.nio.file.Path;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.install.ConfigFileException;
import dev.mcpkit.maven.core.install.Scope;
import dev.mcpkit.maven.core.setup.ClientSetup;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Adds this server to an MCP client's real configuration file, keeping everything else in it, with a
 * timestamped backup; {@code -Dmcp.dryRun} shows the diff instead, {@code -Dmcp.uninstall} removes the entry. Where the
 * client has a command of its own for this and it is on the PATH ({@code claude}, {@code code}, {@code gemini},
 * {@code codex}), that command does it.
 *
 * @since 0.1.0
 */
@Mojo(name = "install", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InstallMojo extends AbstractClientMojo {

    /** The configuration file to change. Default: the client's file for {@code mcp.scope} on this platform. @since 0.1.0 */
    @Parameter(property = "mcp.configFile")
    String configFile;

    /** Prints the change as a unified diff and writes nothing. @since 0.1.0 */
    @Parameter(property = "mcp.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Removes this server's entry (and only that) instead of adding it. @since 0.1.0 */
    @Parameter(property = "mcp.uninstall", defaultValue = "false")
    boolean uninstall;

    /**
     * Lets the client's own command add (or remove) the entry when it is on the PATH: {@code claude mcp add},
     * {@code code --add-mcp}, {@code gemini mcp add}, {@code codex mcp add}. {@code false} edits the file in every case.
     * @since 0.1.0
     */
    @Parameter(property = "mcp.clientCommand", defaultValue = "true")
    boolean clientCommand;

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.install.skip", defaultValue = "false")
    boolean skipInstall;

    @Override
    String goalSkipReason() {
        return skipInstall ? "mcp.install.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws DescribeException, ConfigFileException {
        ClientSetup.Installation installation;
        try {
            installation = setup.install(serverRequest(), launchRequest(), client, Scope.parse(scope),
                    configFile == null || configFile.isBlank() ? null : Path.of(configFile), dryRun, uninstall, clientCommand);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigFileException("interrupted while the client's command ran", e);
        }
        installation.warnings().forEach(getLog()::warn);
        getLog().info(installation.message());
    }
}
