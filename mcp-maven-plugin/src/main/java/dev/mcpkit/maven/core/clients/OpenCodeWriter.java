package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * opencode's {@code opencode.json}: an {@code mcp} map of {@code "type": "local"} entries whose {@code command} is
 * one array, the program and its arguments, with {@code environment}; opencode expands {@code {env:NAME}} from its
 * own environment (as {@code opencode mcp add} writes it).
 */
final class OpenCodeWriter extends ServerMapWriter {

    OpenCodeWriter() {
        super("opencode", "opencode", "mcp", ConfigFormat.JSONC);
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "local");
        ArrayNode command = entry.putArray("command");
        command.add(spec.command());
        spec.args().forEach(command::add);
        if (!spec.env().isEmpty()) {
            ObjectNode env = entry.putObject("environment");
            for (EnvVar var : spec.env()) {
                env.put(var.key(), var.isPlaceholder() ? placeholder(name, var) : var.value());
            }
        }
        entry.put("enabled", true);
        return entry;
    }

    @Override
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "remote");
        urlEntry(entry, name, spec, "url", "headers");
        entry.put("enabled", true);
        return entry;
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "{env:" + var.key() + "}";
    }
}
