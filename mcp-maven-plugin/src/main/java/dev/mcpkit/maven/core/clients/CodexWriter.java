package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Codex's {@code config.toml}: a {@code [mcp_servers.<name>]} table with {@code command}, {@code args} and an
 * {@code env} table. Values the user supplies are not written: their names go to {@code env_vars}, which Codex passes
 * from its own environment to the server, so no secret ever sits in the file.
 */
final class CodexWriter extends ServerMapWriter {

    CodexWriter() {
        super("codex", "Codex", "mcp_servers", ConfigFormat.TOML);
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("command", spec.command());
        ArrayNode args = entry.putArray("args");
        spec.args().forEach(args::add);
        ArrayNode passed = JsonNodeFactory.instance.arrayNode();
        ObjectNode env = JsonNodeFactory.instance.objectNode();
        for (EnvVar var : spec.env()) {
            if (var.isPlaceholder()) {
                passed.add(var.key());
            } else {
                env.put(var.key(), var.value());
            }
        }
        setUnlessEmpty(entry, "env_vars", passed);
        setUnlessEmpty(entry, "env", env);
        return entry;
    }

    /**
     * {@code url}, and each header by the key Codex has for it: a fixed value in {@code http_headers}, a value from
     * Codex's environment in {@code env_http_headers}, and {@code Authorization: Bearer {env:KEY}} as
     * {@code bearer_token_env_var}.
     */
    @Override
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("url", spec.url());
        ObjectNode fixed = JsonNodeFactory.instance.objectNode();
        ObjectNode fromEnv = JsonNodeFactory.instance.objectNode();
        for (Header header : spec.headers()) {
            if (header.keys().isEmpty()) {
                fixed.put(header.name(), header.value());
            } else if (header.isOneReference()) {
                fromEnv.put(header.name(), header.keys().get(0));
            } else if (header.isBearerReference()) {
                entry.put("bearer_token_env_var", header.keys().get(0));
            } else {
                throw new IllegalArgumentException("Codex takes a header's value from its environment whole (or as Authorization: Bearer"
                        + " {env:KEY}): write " + header.name() + " as \"" + header.name() + ": {env:KEY}\"");
            }
        }
        setUnlessEmpty(entry, "http_headers", fixed);
        setUnlessEmpty(entry, "env_http_headers", fromEnv);
        return entry;
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return var.key();
    }
}
