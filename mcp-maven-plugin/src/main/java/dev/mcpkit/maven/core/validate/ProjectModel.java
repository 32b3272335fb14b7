package dev.mcpkit.maven.core.validate;

import java.util.List;

import dev.mcpkit.maven.core.describe.ServerDescriptor;

/**
 * Everything the checks look at, gathered once before they run. Checks only read it.
 *
 * @param descriptor    what {@code --describe} (or a handshake) said; null when describing failed
 * @param describeError why describing failed, or null
 * @param serverName    the name clients know the server by (launcher name, Claude Desktop key)
 * @param previous      the previous release, or null when none was found
 */
public record ProjectModel(PomFacts pom, ProjectLayout layout, ServerDescriptor descriptor, String describeError,
                           String serverName, PreviousRelease previous, LaunchSettings launch,
                           List<AllowedSecret> allowedSecrets) {

    public ProjectModel {
        allowedSecrets = List.copyOf(allowedSecrets);
    }
}
