package dev.mcpkit.maven.core.setup;

import java.util.List;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
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
}
