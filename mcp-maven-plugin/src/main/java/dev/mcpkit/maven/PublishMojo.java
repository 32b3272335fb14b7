package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.publish.PublishException;
import dev.mcpkit.maven.core.publish.PublishRequest;
import dev.mcpkit.maven.core.publish.Publisher;
import dev.mcpkit.maven.core.setup.ClientSetup;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Releases the packaged server through JReleaser, once {@code mcp:validate} has passed on the build: checksums and GPG signatures of every file {@code mcp:package} wrote,
 * the GitHub release, Maven Central (Central Publisher Portal), the JBang, Homebrew and Scoop packagers, and the MCP
 * Registry. JReleaser's configuration is built from the POM; a {@code jreleaser.yml} changes or adds to it. Run it
 * after the build: {@code mvn -B verify mcp:publish}.
 *
 * @since 0.1.0
 */
@Mojo(name = "publish", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PublishMojo extends AbstractMcpMojo {

    private static final Pattern JRELEASER_LEVEL = Pattern.compile("\\[(INFO|WARN|ERROR|DEBUG|TRACE)\\] ?");

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.publish.skip", defaultValue = "false")
    boolean skipPublish;

    /**
     * Releases without waiting for {@code mcp:validate} to have passed on this build (the same switch skips
     * {@code mcp:validate} itself). @since 0.1.0
     */
    @Parameter(property = "mcp.validate.skip", defaultValue = "false")
    boolean skipValidate;

    /** Produces, signs and checksums everything under {@code target/} offline; touches nothing remote. @since 0.1.0 */
    @Parameter(property = "mcp.publish.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Prints every step, file, remote and credential (names only) of the release, and runs nothing. @since 0.1.0 */
    @Parameter(property = "mcp.publish.plan", defaultValue = "false")
    boolean plan;

    /**
     * A JReleaser configuration ({@code .yml}, {@code .yaml} or {@code .json}) laid over the one built from the POM.
     * Default: {@code jreleaser.yml} in the project directory when it exists. @since 0.1.0
     */
    @Parameter(property = "mcp.publish.config")
    String publishConfig;

    /**
     * The Central Publisher Portal's publisher API URL, as the Portal's documentation gives it for JReleaser (JReleaser's
     * {@code deploy.maven.mavenCentral.<name>.url}). Needed for a real release unless {@code jreleaser.yml} sets it.
     * @since 0.1.0
     */
    @Parameter(property = "mcp.publish.centralUrl")
    String publishCentralUrl;

    /** JReleaser's lines carry their own level ({@code [WARN]  ...}), the publisher's a {@code WARNING } prefix: Maven's log shows it as its own. */
    private void log(String line) {
        Matcher level = JRELEASER_LEVEL.matcher(line);
        if (line.startsWith("WARNING ")) {
            getLog().warn(line.substring("WARNING ".length()));
        } else if (!level.lookingAt()) {
            getLog().info(line);
        } else if (level.group(1).equals("WARN")) {
            getLog().warn(line.substring(level.end()));
        } else if (level.group(1).equals("ERROR")) {
            getLog().error(line.substring(level.end()));
        } else {
            getLog().info(line.substring(level.end()));
        }
    }

    @Override
    String goalSkipReason() {
        return skipPublish ? "mcp.publish.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws IOException, MojoFailureException {
        ServerProject project = serverProject();
        boolean named = publishConfig != null && !publishConfig.isBlank();
        Path base = project.layout().basedir();
        Path config = base.resolve(named ? publishConfig.trim() : "jreleaser.yml");
        PublishRequest request = new PublishRequest(project, release(), project.mainClass(), config, named, dryRun, System.getenv(),
                publishCentralUrl, !skipValidate);
        MavenArtifacts artifacts = artifacts();
        Publisher publisher = new Publisher(IsolatedTool.jreleaser(artifacts), IsolatedTool.bundleSigner(artifacts));
        try {
            if (plan) {
                publisher.plan(request).lines().forEach(getLog()::info);
            } else {
                publisher.publish(request, this::log);
            }
        } catch (PublishException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("interrupted while publishing", e);
        }
    }
}
