package dev.mcpkit.maven;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.dev.DevSupervisor;
import dev.mcpkit.maven.core.dev.MavenBuild;
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
 * Maven's own log would otherwise reach the client on stdout.
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

    @Override
    String goalSkipReason() {
        return skipDev ? "mcp.dev.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws IOException {
        // the process's own stdout and stderr: Maven 4 takes a plugin's System.out and System.err into its log, on stdout
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (getLog().isInfoEnabled()) {
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
            new DevSupervisor(server, build, err).run(System.in, new FileOutputStream(FileDescriptor.out), watched());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
