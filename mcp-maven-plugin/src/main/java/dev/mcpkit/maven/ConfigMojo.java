package dev.mcpkit.maven;

import java.util.Arrays;
import java.util.List;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.install.Scope;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.setup.ConfigSnippet;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints one MCP client's configuration for this server, ready to paste, and says which file it belongs in
 * on this machine: {@code mvn mcp:config -Dmcp.client=vscode -Dmcp.launch=java} ({@code -Dmcp.client=all}, or a
 * comma-separated list, prints several). The snippet goes to stdout,
 * so {@code mvn -q mcp:config > snippet.json} keeps only the snippet.
 *
 * @since 0.1.0
 */
@Mojo(name = "config", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ConfigMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.config.skip", defaultValue = "false")
    boolean skipConfig;

    @Override
    String goalSkipReason() {
        return skipConfig ? "mcp.config.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws DescribeException {
        List<ConfigSnippet> snippets = setup.config(serverRequest(), launchRequest(), Arrays.asList(client.split(",")),
                Scope.parse(scope));
        for (ConfigSnippet snippet : snippets) {
            snippet.warnings().forEach(getLog()::warn);
            getLog().info(snippet.clientName() + ": this belongs in " + snippet.location().file()
                    + (snippet.location().note() == null ? "" : " (" + snippet.location().note() + ")"));
            System.out.print(snippet.text());
            System.out.flush();
            if (snippet.command() != null) {
                getLog().info("Or add it from the command line:");
                System.out.println(snippet.command());
                System.out.flush();
            }
        }
        getLog().info("To merge it into that file safely: mvn mcp:install -Dmcp.client=<client> (-Dmcp.dryRun=true to preview).");
    }
}
