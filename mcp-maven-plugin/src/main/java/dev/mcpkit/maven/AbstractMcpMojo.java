package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.install.ClientCommandRunner;
import dev.mcpkit.maven.core.install.ClientConfigLocations;
import dev.mcpkit.maven.core.install.ConfigFileException;
import dev.mcpkit.maven.core.install.ConfigInstaller;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.setup.ServerRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What every mcp goal shares: how the server is found and described, the skip flags, and the one place where
 * core exceptions become Maven failures. The client goals add theirs in {@link AbstractClientMojo}.
 */
abstract class AbstractMcpMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    /** Skips every mcp goal. @since 0.1.0 */
    @Parameter(property = "mcp.skip", defaultValue = "false")
    boolean skip;

    /**
     * The server's main class. Default: the {@code exec.mainClass} property, then the {@code Main-Class} of
     * the project's jar. @since 0.1.0
     */
    @Parameter(property = "mcp.mainClass")
    String mainClass;

    /** The name clients know the server by. Default: the name the server reports. @since 0.1.0 */
    @Parameter(property = "mcp.serverName")
    String serverName;

    /**
     * How the server is asked about itself: {@code auto} ({@code --describe} when it is built on mcp-runtime,
     * else an MCP handshake), {@code describe} or {@code handshake}. @since 0.1.0
     */
    @Parameter(property = "mcp.describe", defaultValue = "auto")
    String describe;

    /** Seconds the server may take to describe itself. @since 0.1.0 */
    @Parameter(property = "mcp.describeTimeout", defaultValue = "60")
    int describeTimeout;

    /**
     * Settings (environment variables) of a server that cannot describe them itself; they replace described
     * settings of the same key. A list of {@code <setting>} elements, so it has no property. @since 0.1.0
     */
    @Parameter
    List<SettingConfig> settings = new ArrayList<>();

    /** Where the packaged server is (bin/ launchers and the jar). @since 0.1.0 */
    @Parameter(property = "mcp.directory", defaultValue = "${project.build.directory}/mcp")
    String mcpDirectory;

    /** The java executable for {@code java} launches. Default: the one running this build. @since 0.1.0 */
    @Parameter(property = "mcp.java")
    String java;

    /** Extra JVM options for {@code java} launches (comma-separated as a property). @since 0.1.0 */
    @Parameter(property = "mcp.jvmOptions")
    List<String> jvmOptions = new ArrayList<>();

    /**
     * The Java release the server needs (launchers, JBang's {@code --java <release>+}, the .mcpb). Default: the one the
     * project compiles for: the compiler plugin's {@code <release>}, {@code maven.compiler.release}, its
     * {@code <target>}, {@code maven.compiler.target}, a JDK toolchain's version, else the JDK running the build. @since 0.1.0
     */
    @Parameter(property = "mcp.javaRelease")
    String javaRelease;

    private ServerProject serverProject;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: mcp.skip is true.");
            return;
        }
        String goalSkip = goalSkipReason();
        if (goalSkip != null) {
            getLog().info("Skipping: " + goalSkip + ".");
            return;
        }
        try {
            Path basedir = serverProject().layout().basedir();
            run(new ClientSetup(new ServerDescriber(), ClientConfigLocations.current(basedir), new ConfigInstaller(Clock.systemDefaultZone()),
                    ClientCommandRunner.current(basedir)));
        } catch (DescribeException | ConfigFileException | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** Why this goal is skipped, or null. */
    abstract String goalSkipReason();

    abstract void run(ClientSetup setup) throws DescribeException, ConfigFileException, IOException, MojoFailureException;

    ServerRequest serverRequest() {
        List<Setting> declared = new ArrayList<>();
        for (SettingConfig s : settings) {
            declared.add(s.toSetting());
        }
        ServerCommand command = ServerCommand.ofBuild(serverProject(), javaExecutable(), Duration.ofSeconds(describeTimeout),
                "mcp:" + (mojoExecution == null ? "config" : mojoExecution.getGoal()));
        return new ServerRequest(command, ServerDescriber.Mode.parse(describe), serverProject().mcpRuntime(), declared, serverName);
    }

    /** The project as the core sees it, read from Maven once per goal. */
    ServerProject serverProject() {
        if (serverProject == null) {
            serverProject = MavenServerProject.read(project, mainClass, javaRelease, Path.of(mcpDirectory));
        }
        return serverProject;
    }

    /** Artifacts through the build's repositories: what the plugin resolves only when a goal needs it. */
    MavenArtifacts artifacts() {
        return new MavenArtifacts(repositorySystem, repositorySession, project.getRemoteProjectRepositories());
    }

    /** Whether Maven runs offline ({@code -o}). */
    boolean offline() {
        return repositorySession != null && repositorySession.isOffline();
    }

    Path javaExecutable() {
        return java == null || java.isBlank() ? ServerCommand.currentJava() : Path.of(java).toAbsolutePath();
    }

    int release() {
        return serverProject().javaRelease().feature();
    }
}
