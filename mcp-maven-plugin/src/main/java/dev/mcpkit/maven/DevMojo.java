package dev.mcpkit.maven;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.dev.DevProxy;
import dev.mcpkit.maven.core.dev.DevSupervisor;
import dev.mcpkit.maven.core.dev.MavenBuild;
import dev.mcpkit.maven.core.inspect.InspectTransport;
import dev.mcpkit.maven.core.inspect.InspectedServer;
import dev.mcpkit.maven.core.inspect.InspectorWebUi;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.setup.ClientSetup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Serves the server under development on stdio with live reload: a client starts {@code mvn -q mcp:dev} as its
 * server (see {@code mcp:config -Dmcp.dev}); when a source or resource changes, the project is built again and a new
 * server process takes over behind the same connection, and the client is told the tools, prompts and resources may
 * have changed. A build that fails is shown on stderr while the previous build keeps serving. Run it with {@code -q}:
 * Maven's own log would otherwise reach the client on stdout. With {@code -Dmcp.transport=http} it serves Streamable
 * HTTP at {@code http://127.0.0.1:8080/mcp} instead, with the same reloads behind the URL.
 *
 * @since 0.1.0
 */
@Mojo(name = "dev", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class DevMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.dev.skip", defaultValue = "false")
    boolean skipDev;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** More arguments for the server, e.g. {@code --toolsets issues} (comma-separated as a property). @since 0.1.0 */
    @Parameter(property = "mcp.args")
    List<String> args = new ArrayList<>();

    /**
     * Opens the official MCP Inspector's web UI (npm {@code @modelcontextprotocol/inspector}, the version the plugin
     * pins, fetched through {@code npx}: needs Node.js 20+) on the server with live reload: the Inspector starts
     * {@code mvn -q mcp:dev} with this build's settings as its server. Prints the page's URL and runs until Ctrl-C.
     * @since 0.1.0
     */
    @Parameter(property = "mcp.inspector", defaultValue = "false")
    boolean inspector;

    /** The port of the Inspector's page with {@code mcp.inspector}; its proxy takes this port + 3. @since 0.1.0 */
    @Parameter(property = "mcp.inspector.port", defaultValue = "6274")
    int inspectorPort;

    /**
     * How clients reach the server: {@code stdio} (the client starts {@code mvn -q mcp:dev}), or {@code http}, where
     * {@code mcp:dev} serves {@code http://<mcp.host>:<mcp.port>/mcp} for clients that connect by URL. @since 0.1.0
     */
    @Parameter(property = "mcp.transport", defaultValue = "stdio")
    String transport;

    /** With {@code mcp.transport=http}: the address to listen on; the default takes connections from this machine only. @since 0.1.0 */
    @Parameter(property = "mcp.host", defaultValue = "127.0.0.1")
    String host;

    /** With {@code mcp.transport=http}: the port clients connect to. @since 0.1.0 */
    @Parameter(property = "mcp.port", defaultValue = "8080")
    int port;

    @Override
    String goalSkipReason() {
        return skipDev ? "mcp.dev.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws IOException {
        boolean http = InspectTransport.isHttp(transport);
        if (inspector && http) {
            throw new IllegalArgumentException("mcp.inspector starts mcp:dev over stdio behind the Inspector: leave out"
                    + " mcp.transport=http, or open the Inspector yourself on the URL mcp:dev -Dmcp.transport=http prints");
        }
        if (inspector) {
            runInspector();
            return;
        }
        // the process's own stdout and stderr: Maven 4 takes a plugin's System.out and System.err into its log, on stdout
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (!http && getLog().isInfoEnabled()) {
            err.println("mcp:dev: Maven logs on stdout, which a client reads as MCP messages: start it as mvn -q mcp:dev");
        }
        ServerCommand command = serverRequest().command();
        ProcessBuilder server = new ProcessBuilder(command.commandLine(args.toArray(new String[0])));
        server.environment().putAll(command.environment());
        if (command.workingDirectory() != null) {
            server.directory(command.workingDirectory().toFile());
        }
        MavenBuild build = new MavenBuild(MavenBuild.mvn(System.getProperty("maven.home")), project.getFile().toPath(),
                offline(), sameBuild());
        try {
            if (http) {
                new DevProxy(server, build, err).serve(host, port, watched());
            } else {
                new DevSupervisor(server, build, err).run(System.in, new FileOutputStream(FileDescriptor.out), watched());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Inspector in a browser, with this same goal as its stdio server (without mcp.inspector, which it drops). */
    private void runInspector() throws IOException {
        serverRequest();   // fails here, with the advice to compile, rather than in the Inspector's page
        InspectedServer dev = InspectedServer.dev(LaunchSpecs.dev(MavenBuild.mvn(System.getProperty("maven.home")),
                project.getFile().toPath().toAbsolutePath(), javaExecutable(), List.of()), fullGoal(), offline(), sameBuild(),
                System.getenv("MAVEN_OPTS"), project.getBasedir().toPath());
        try {
            new InspectorWebUi(getLog()::info, getLog()::debug).run(dev, inspectorPort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This goal with the plugin's coordinates, e.g. {@code dev.mcpkit:mcp-maven-plugin:0.1.0:dev}. */
    private String fullGoal() {
        if (mojoExecution == null) {
            return "mcp:dev";
        }
        PluginDescriptor plugin = mojoExecution.getMojoDescriptor().getPluginDescriptor();
        return plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion() + ":" + mojoExecution.getGoal();
    }

    /** What makes the build again the same as this one: its settings file, local repository, profiles and properties. */
    private List<String> sameBuild() {
        List<String> more = new ArrayList<>();
        if (session == null) {
            return more;
        }
        java.io.File settings = session.getRequest().getUserSettingsFile();
        if (settings != null && settings.isFile()) {
            more.addAll(List.of("-s", settings.getAbsolutePath()));
        }
        if (repositorySession != null && repositorySession.getLocalRepository() != null) {
            more.add("-Dmaven.repo.local=" + repositorySession.getLocalRepository().getBasedir().getAbsolutePath());
        }
        if (!session.getRequest().getActiveProfiles().isEmpty()) {
            more.add("-P" + String.join(",", session.getRequest().getActiveProfiles()));
        }
        session.getUserProperties().forEach((key, value) -> {
            if (!"maven.repo.local".equals(key)) {
                more.add("-D" + key + "=" + value);
            }
        });
        return more;
    }

    /** The project's source and resource folders that exist. */
    private List<Path> watched() {
        List<Path> folders = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            folders.add(Path.of(root));
        }
        for (Resource resource : project.getResources()) {
            folders.add(project.getBasedir().toPath().resolve(resource.getDirectory()));
        }
        folders.removeIf(folder -> !Files.isDirectory(folder) || folder.startsWith(project.getBuild().getDirectory()));
        return folders;
    }
}
