package dev.mcpkit.maven.core.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.setup.ServerRequest;

/**
 * Everything the checks look at, gathered once before they run. Checks only read it.
 *
 * @param descriptor    what {@code --describe} (or a handshake) said; null when describing failed
 * @param describeError why describing failed, or null
 * @param serverName    the name clients know the server by (launcher name, Claude Desktop key)
 * @param previous      the previous release, or null when none was found
 * @param bundleVerifier checks a signed .mcpb's signature
 */
public record ProjectModel(ServerProject project, ServerDescriptor descriptor, String describeError, String serverName,
                           PreviousRelease previous, LaunchSettings launch, List<AllowedSecret> allowedSecrets,
                           BundleVerifier bundleVerifier) {

    public ProjectModel {
        allowedSecrets = List.copyOf(allowedSecrets);
    }

    public ProjectLayout layout() {
        return project.layout();
    }

    /**
     * Describes the server from the build output and finds the previous release. A server that cannot be described is
     * a finding of the checks, not a failure here: {@code request} may throw what a project without classes or main
     * class gives, and {@code describeError} then says why.
     */
    public static ProjectModel gather(ServerProject project, Supplier<ServerRequest> request, ServerDescriber describer,
                                      PreviousReleaseSource previousReleases, ValidateOptions options) {
        ServerCommand command = null;
        ServerDescriptor descriptor = null;
        String describeError = null;
        String nameOverride = null;
        try {
            ServerRequest server = request.get();
            command = server.command();
            nameOverride = server.nameOverride();
            descriptor = describer.describe(command, server.mode(), server.runtimeOnClasspath(), server.declaredSettings());
        } catch (DescribeException | IllegalArgumentException | IllegalStateException e) {
            describeError = e.getMessage();
        }
        String name = nameOverride != null && !nameOverride.isBlank() ? nameOverride.trim()
                : descriptor != null ? descriptor.server().name() : project.coordinates().artifactId();
        PreviousRelease previous = previousReleases.find(options.previousVersion(), options.java(),
                command == null ? null : command.mainClass(), options.describeTimeout());
        return new ProjectModel(project, descriptor, describeError, name, previous,
                new LaunchSettings(options.java(), command, options.launchBudget()), options.allowedSecrets(),
                options.bundleVerifier());
    }

    /**
     * What {@code mcp:validate} is told besides the project.
     *
     * @param java            the java of {@code java -jar} launches
     * @param launchBudget    the client launch check's time for initialize and tools/list together
     * @param previousVersion the release to compare tools with; null: the newest one below this version
     */
    public record ValidateOptions(Path java, Duration launchBudget, Duration describeTimeout, String previousVersion,
                                  List<AllowedSecret> allowedSecrets, BundleVerifier bundleVerifier) {
    }
}
