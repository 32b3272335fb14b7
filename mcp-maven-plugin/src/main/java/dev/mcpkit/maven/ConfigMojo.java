package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.install.Scope;
import dev.mcpkit.maven.core.output.MachineOutput;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.setup.ConfigSnippet;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints one MCP client's configuration for this server, ready to paste, and says which file it belongs in
 * on this machine: {@code mvn mcp:config -Dmcp.client=vscode -Dmcp.launch=java} ({@code -Dmcp.client=all}, or a
 * comma-separated list, prints several). The snippet goes to stdout, or with {@code -Dmcp.output=snippet.json} to
 * that file only: redirecting stdout also catches Maven's colour codes and, on Maven 4, its {@code [stdout]} prefixes.
 * With several clients, {@code -Dmcp.output=entries/} writes each one's file into that folder. {@code -Dmcp.url} gives
 * the entries of a server already serving over Streamable HTTP at that URL.
 *
 * @since 0.1.0
 */
@Mojo(name = "config", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ConfigMojo extends AbstractClientMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.config.skip", defaultValue = "false")
    boolean skipConfig;

    /**
     * Writes the snippet to this file (UTF-8, relative to the project directory) instead of stdout; for several
     * clients, a folder (ending in {@code /}) that gets {@code <client>.json} (or {@code .yaml}, {@code .toml}) each. @since 0.1.0
     */
    @Parameter(property = "mcp.output")
    String output;

    @Override
    String goalSkipReason() {
        return skipConfig ? "mcp.config.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws DescribeException, IOException {
        MachineOutput out = MachineOutput.of(output, serverProject().layout().basedir(), System.out);
        List<ConfigSnippet> snippets = setup.config(serverRequest(), launchRequest(), Arrays.asList(client.split(",")),
                Scope.parse(scope));
        if (out.toFile() && snippets.size() > 1) {
            if (!output.endsWith("/") && !Files.isDirectory(serverProject().layout().basedir().resolve(output.trim()))) {
                throw new IllegalArgumentException("mcp.output holds one client's snippet: name one client in -Dmcp.client, not '"
                        + client + "', or a folder (ending in /) to write each client's file into");
            }
            writeEach(snippets, serverProject().layout().basedir().resolve(output.trim()));
            return;
        }
        for (ConfigSnippet snippet : snippets) {
            snippet.warnings().forEach(getLog()::warn);
            getLog().info(snippet.clientName() + ": this belongs in " + (snippet.location().file() == null ? snippet.location().note()
                    : snippet.location().file() + (snippet.location().note() == null ? "" : " (" + snippet.location().note() + ")")));
            out.print(snippet.text());
            if (snippet.command() != null) {
                // a shell command is no part of the JSON file
                getLog().info("Or add it from the command line:" + (out.toFile() ? " " + snippet.command() : ""));
                if (!out.toFile()) {
                    System.out.println(snippet.command());
                    System.out.flush();
                }
            }
        }
        out.finish("the " + snippets.get(0).clientName() + " snippet", getLog()::info);
        getLog().info("To merge it into that file safely: mvn mcp:install -Dmcp.client=<client> (-Dmcp.dryRun=true to preview).");
    }

    /** Each client's snippet to {@code <folder>/<client id>.<extension>}. */
    private void writeEach(List<ConfigSnippet> snippets, Path folder) throws IOException {
        Files.createDirectories(folder);
        snippets.get(0).warnings().forEach(getLog()::warn);
        for (ConfigSnippet snippet : snippets) {
            Files.writeString(folder.resolve(snippet.fileName()), snippet.text(), StandardCharsets.UTF_8);
        }
        getLog().info("Wrote " + snippets.size() + " clients' entries to " + folder.toAbsolutePath());
    }
}
