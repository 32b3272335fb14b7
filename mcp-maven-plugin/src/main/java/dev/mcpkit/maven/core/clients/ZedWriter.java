package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zed's {@code settings.json}: {@code context_servers} entries with {@code command}, {@code args}, {@code env}
 * (the current flat form; source: zed.dev/docs/ai/mcp). Zed does not expand variables, so a placeholder
 * {@code ${KEY}} must be replaced by hand; the installer says so.
 */
final class ZedWriter extends ServerMapWriter {

    ZedWriter() {
        super("zed", "Zed", "context_servers");
    }

    @Override
    public ConfigFormat format() {
        return ConfigFormat.JSONC;
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        return commandEntry(JsonNodeFactory.instance.objectNode(), name, spec, "command", "env");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "${" + var.key() + "}";
    }
}
