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
        super("zed", "Zed", "context_servers", ConfigFormat.JSONC);
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        return commandEntry(JsonNodeFactory.instance.objectNode(), name, spec.withoutPlaceholders(), "command", "env");
    }

    /** {@code {"url", "headers"}}; Zed reads no value from the environment, so a header cannot hold a placeholder. */
    @Override
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        if (!spec.env().isEmpty()) {
            throw new IllegalArgumentException("Zed reads no header value from the environment: add the header " + spec.headers().get(0).name()
                    + " in Zed's settings yourself, or leave it out here");
        }
        return urlEntry(JsonNodeFactory.instance.objectNode(), name, spec, "url", "headers");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "${" + var.key() + "}";
    }
}
