package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Goose's {@code config.yaml}: an {@code extensions} map of {@code type: stdio} entries with {@code cmd},
 * {@code args}, {@code envs}, {@code enabled}, {@code name}, {@code timeout} (source: block.github.io/goose
 * docs/guides/config-files). Values the user supplies go to {@code env_keys}: Goose takes them from its
 * secret store, so nothing secret is ever written to the YAML.
 */
final class GooseWriter extends ServerMapWriter {

    /** Seconds Goose waits for the server; its own default for added extensions. */
    static final int TIMEOUT_SECONDS = 300;

    GooseWriter() {
        super("goose", "Goose", "extensions", ConfigFormat.YAML);
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = extension("stdio", name);
        entry.put("cmd", spec.command());
        ArrayNode args = entry.putArray("args");
        spec.args().forEach(args::add);
        ObjectNode envs = entry.putObject("envs");
        ArrayNode envKeys = JsonNodeFactory.instance.arrayNode();
        for (EnvVar var : spec.env()) {
            if (var.isPlaceholder()) {
                envKeys.add(var.key());
            } else {
                envs.put(var.key(), var.value());
            }
        }
        entry.set("env_keys", envKeys);
        entry.put("timeout", TIMEOUT_SECONDS);
        entry.putNull("bundled");   // Goose's own extensions are bundled; the registry's schema wants both keys, null
        entry.putNull("description");
        return entry;
    }

    /** Goose's {@code streamable_http} extension, with every key the registry's schema wants. */
    @Override
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        ObjectNode entry = extension("streamable_http", name);
        entry.put("uri", spec.url());
        entry.putObject("envs");
        ArrayNode envKeys = entry.putArray("env_keys");
        spec.env().forEach(var -> envKeys.add(var.key()));
        ObjectNode headers = entry.putObject("headers");
        spec.headers().forEach(header -> headers.put(header.name(), header.renderAsVariables()));
        entry.put("description", "");
        entry.put("timeout", TIMEOUT_SECONDS);
        entry.putNull("bundled");
        entry.putArray("available_tools");
        return entry;
    }

    /** What every extension starts with: enabled, its type, its name. */
    private static ObjectNode extension(String type, String name) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("enabled", true);
        entry.put("type", type);
        entry.put("name", name);
        return entry;
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return var.key();
    }
}
