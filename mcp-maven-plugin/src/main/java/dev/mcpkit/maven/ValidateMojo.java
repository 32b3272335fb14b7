package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.publish.BundleSigning;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.validate.AllowedSecret;
import dev.mcpkit.maven.core.validate.ConsoleTable;
import dev.mcpkit.maven.core.validate.ProjectModel;
import dev.mcpkit.maven.core.validate.ReportFiles;
import dev.mcpkit.maven.core.validate.SkipEntry;
import dev.mcpkit.maven.core.validate.ValidationReport;
import dev.mcpkit.maven.core.validate.Validator;
import dev.mcpkit.maven.core.validate.checks.Checks;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The distribution checklist as a build gate: POM metadata, pinned versions, credentials, settings, schemas,
 * the packaged launchers run the way an MCP client runs them, README, and consistency with the previous
 * release. Prints a table, writes {@code target/mcp/validate-report.json} and {@code validate-junit.xml},
 * and fails the build on errors (on warnings too with {@code -Dmcp.validate.strict=true}).
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.validate.skip", defaultValue = "false")
    boolean skipValidate;

    /** Warnings fail the build too. @since 0.1.0 */
    @Parameter(property = "mcp.validate.strict", defaultValue = "false")
    boolean strict;

    /** Seconds the client launch check allows for initialize and tools/list together. @since 0.1.0 */
    @Parameter(property = "mcp.validate.launchTimeout", defaultValue = "10")
    int launchTimeout;

    /** The release to compare tools with. Default: the newest release below this version in the local repository. @since 0.1.0 */
    @Parameter(property = "mcp.validate.previousVersion")
    String previousVersion;

    /** Checks that do not apply, each with an {@code <id>} and a {@code <reason>} (shown in every report). @since 0.1.0 */
    @Parameter
    List<SkipCheck> skipChecks = new ArrayList<>();

    /** Credential-scanner hits that are not credentials: {@code <path>}, optional {@code <rule>}, and a {@code <reason>}. @since 0.1.0 */
    @Parameter
    List<AllowedSecretConfig> allowedSecrets = new ArrayList<>();

    @Override
    String goalSkipReason() {
        return skipValidate ? "mcp.validate.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws IOException, MojoFailureException {
        List<SkipEntry> skips = new ArrayList<>();
        skipChecks.forEach(s -> skips.add(s.toEntry()));
        List<AllowedSecret> allowed = new ArrayList<>();
        allowedSecrets.forEach(a -> allowed.add(a.toAllowed()));
        long start = System.nanoTime();
        ProjectModel model = model(allowed);
        ValidationReport report;
        try {
            report = new Validator(Checks.all()).validate(model, skips, strict);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("interrupted while validating", e);
        }
        for (String line : ConsoleTable.lines(report)) {
            if (line.startsWith("  FAIL") || line.startsWith("  WARN")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info("mcp:validate took " + (System.nanoTime() - start) / 1_000_000 + " ms in all (describing the server included).");
        ReportFiles.write(report, Path.of(mcpDirectory));
        if (report.failed()) {
            throw new MojoFailureException(report.summary() + " (details above and in " + Path.of(mcpDirectory, ReportFiles.JSON) + ")");
        }
    }

    private ProjectModel model(List<AllowedSecret> allowed) {
        ServerProject project = serverProject();
        var artifacts = artifacts();
        // resolved only when a bundle is signed
        var signer = new BundleSigning(IsolatedTool.bundleSigner(artifacts));
        var options = new ProjectModel.ValidateOptions(javaExecutable(), Duration.ofSeconds(launchTimeout),
                Duration.ofSeconds(describeTimeout), previousVersion, allowed, signer);
        var previous = new PreviousReleases(artifacts, project.coordinates());
        return ProjectModel.gather(project, this::serverRequest, new ServerDescriber(), previous, options);
    }
}
