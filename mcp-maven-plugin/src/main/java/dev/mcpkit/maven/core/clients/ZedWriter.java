package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Zed's {@code settings.json}: {@code context_servers} entries with {@code command}, {@code args}, {@code env}
 * (the current flat form; source: zed.dev/docs/ai/mcp). Zed passes {@code env} verbatim (no {@code ${VAR}}
 * expansion, zed-industries/zed#60459) but starts servers with its own environment, so values the user
 * supplies are left out: a literal placeholder would hide the real variable.
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
        return commandEntry(JsonNodeFactory.instance.objectNode(), name, spec.withoutPlaceholders(), "command", "env");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "${" + var.key() + "}";
    }
}
