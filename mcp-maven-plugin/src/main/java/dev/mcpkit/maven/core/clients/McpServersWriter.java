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

    /** How the client's entry names a server's URL (the registry's {@code httpPropertyMapping}). */
    enum Remote {
        /** {@code "type": "http", "url"}. */
        TYPED_URL,
        /** {@code "url"}. */
        URL,
        /** {@code "serverUrl"}. */
        SERVER_URL,
        /** {@code "httpUrl"}. */
        HTTP_URL,
        /** None: the client runs local servers only from this file. */
        NONE
    }

    private final Function<String, String> placeholder;
    private final Remote remote;

    McpServersWriter(String id, String displayName, Function<String, String> placeholder, Remote remote) {
        super(id, displayName, "mcpServers");
        this.placeholder = placeholder;
        this.remote = remote;
    }

    @Override
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        switch (remote) {
            case TYPED_URL:
                return super.remoteEntry(name, spec);
            case URL:
                return urlEntry(entry, name, spec, "url", "headers");
            case SERVER_URL:
                return urlEntry(entry, name, spec, "serverUrl", "headers");
            case HTTP_URL:
                return urlEntry(entry, name, spec, "httpUrl", "headers");
            default:
                throw new IllegalArgumentException(displayName() + " takes a server at a URL in its own settings, not in this file: Settings"
                        + " → Connectors → Add custom connector, with " + spec.url());
        }
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
