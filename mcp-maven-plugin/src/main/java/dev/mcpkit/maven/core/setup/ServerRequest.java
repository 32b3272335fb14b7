package dev.mcpkit.maven.core.setup;

import java.util.List;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Setting;

/**
 * How to learn the server: the command that starts it from the build, how to ask it, the settings the
 * plugin configuration declares, and an optional name that replaces the one the server reports.
 */
public record ServerRequest(ServerCommand command, ServerDescriber.Mode mode, boolean runtimeOnClasspath,
                            List<Setting> declaredSettings, String nameOverride) {

    public ServerRequest {
        declaredSettings = List.copyOf(declaredSettings);
    }

    /** The name clients know the server by: the override, else what it reports. */
    public String name(ServerDescriptor described) {
        return nameOverride != null && !nameOverride.isBlank() ? nameOverride.trim() : described.server().name();
    }
}
