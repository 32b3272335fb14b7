package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.inspect.InspectTransport;
import dev.mcpkit.maven.core.inspect.InspectedServer;
import dev.mcpkit.maven.core.inspect.InspectorWebUi;
import dev.mcpkit.maven.core.inspect.InspectionReport;
import dev.mcpkit.maven.core.output.MachineOutput;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.setup.ClientSetup;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Starts the server from the build output (compiling first), performs a real MCP handshake, and prints its tools
 * (name, description, arguments), resources, resource templates and prompts as tables on stdout. The handshake goes
 * over stdio, or over Streamable HTTP with {@code -Dmcp.transport=http} (the server serves a free loopback port for
 * it); {@code -Dmcp.url=http://host:port/mcp} inspects a server already serving there instead of starting one.
 * {@code -Dmcp.format=json} prints JSON; {@code -Dmcp.output=inspect.json} writes it to that file only (redirecting
 * stdout also catches Maven's colour codes and, on Maven 4, its {@code [stdout]} prefixes).
 * {@code -Dmcp.inspector} opens the official MCP Inspector's web UI on the server instead of printing tables.
 *
 * @since 0.1.0
 */
@Mojo(name = "inspect", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class InspectMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.inspect.skip", defaultValue = "false")
    boolean skipInspect;

    /** {@code table} or {@code json}. @since 0.1.0 */
    @Parameter(property = "mcp.format", defaultValue = "table")
    String format;

    /** Where a project overrides the plugin's templates; here {@code inspect.txt.ftl}, the tables. @since 0.1.0 */
    @Parameter(property = "mcp.templates", defaultValue = "${project.basedir}/src/main/mcp/templates")
    String templates;

    /** {@code stdio} or {@code http}: how the plugin talks to the server it starts. @since 0.2.0 */
    @Parameter(property = "mcp.transport", defaultValue = "stdio")
    String transport;

    /** The Streamable HTTP endpoint of a server that is already running, to inspect it instead of starting one. @since 0.2.0 */
    @Parameter(property = "mcp.url")
    String url;

    /** Writes the report to this file (UTF-8, relative to the project directory) instead of stdout. @since 0.1.0 */
    @Parameter(property = "mcp.output")
    String output;

    /**
     * Starts the official MCP Inspector's web UI (npm {@code @modelcontextprotocol/inspector}, the version the plugin
     * pins, fetched through {@code npx}: needs Node.js 20+) with the server from the build output, prints the page's
     * URL and runs until Ctrl-C, instead of printing tables. @since 0.1.0
     */
    @Parameter(property = "mcp.inspector", defaultValue = "false")
    boolean inspector;

    /** The port of the Inspector's page with {@code mcp.inspector}; its proxy takes this port + 3. @since 0.1.0 */
    @Parameter(property = "mcp.inspector.port", defaultValue = "6274")
    int inspectorPort;

    @Override
    String goalSkipReason() {
        return skipInspect ? "mcp.inspect.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws DescribeException, IOException {
        if (inspector) {
            if (url != null && !url.isBlank()) {
                throw new IllegalArgumentException("mcp.inspector starts the server from the build output itself: leave mcp.url out");
            }
            try {
                new InspectorWebUi(getLog()::info, getLog()::debug).run(InspectedServer.of(serverRequest().command(), List.of()), inspectorPort);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        List<Setting> declared = new ArrayList<>();
        settings.forEach(s -> declared.add(s.toSetting()));
        MachineOutput out = MachineOutput.of(output, serverProject().layout().basedir(), System.out);
        InspectionReport.Format chosen = InspectionReport.Format.parse(format);
        TextTemplates texts = new TextTemplates(Path.of(templates));
        InspectTransport how = InspectTransport.of(transport, url);
        if (how.overHttp()) {
            getLog().info("Inspecting over Streamable HTTP " + (how.endpoint() != null ? "at " + how.endpoint()
                    : "(the server serves a free loopback port meanwhile)"));
            out.print(InspectionReport.inspectOverHttp(new ServerDescriber(), serverRequest().command(), how.endpoint(), declared,
                    chosen, texts));
        } else {
            out.print(InspectionReport.inspect(new ServerDescriber(), serverRequest().command(), declared, chosen, texts));
        }
        out.finish("the mcp:inspect report", getLog()::info);
    }
}
