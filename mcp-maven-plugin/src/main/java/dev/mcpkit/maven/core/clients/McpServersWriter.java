package dev.mcpkit.maven.core.clients;

import java.util.function.Function;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code mcpServers} format that Claude Desktop introduced and Cursor and Windsurf copied:
 * {@code {"mcpServers": {"<name>": {"command", "args", "env"}}}}. Only the placeholder syntax differs.
 */
final class McpServersWriter extends ServerMapWriter {

    private final Function<String, String> placeholder;

    McpServersWriter(String id, String displayName, Function<String, String> placeholder) {
        super(id, displayName, "mcpServers");
        this.placeholder = placeholder;
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        return commandEntry(JsonNodeFactory.instance.objectNode(), name, spec, "command", "env");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return placeholder.apply(var.key());
    }
}
