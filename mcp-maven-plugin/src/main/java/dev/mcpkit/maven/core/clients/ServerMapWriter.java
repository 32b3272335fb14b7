package dev.mcpkit.maven.core.clients;

import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The common shape: a top-level object ({@code mcpServers}, {@code servers}, {@code context_servers}...)
 * mapping server names to entries. Subclasses say which key, how an entry looks and how a placeholder is written.
 */
abstract class ServerMapWriter implements ClientConfigWriter {

    private final String id;
    private final String displayName;
    private final String serversKey;
    private final ConfigFormat format;

    ServerMapWriter(String id, String displayName, String serversKey) {
        this(id, displayName, serversKey, ConfigFormat.JSON);
    }

    ServerMapWriter(String id, String displayName, String serversKey, ConfigFormat format) {
        this.id = id;
        this.displayName = displayName;
        this.serversKey = serversKey;
        this.format = format;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public ConfigFormat format() {
        return format;
    }

    @Override
    public String serversKey() {
        return serversKey;
    }

    /** The server entry. */
    abstract ObjectNode entry(String name, LaunchSpec spec);

    /**
     * The entry of a server this client reaches at a URL ({@link LaunchSpec#isRemote()}): by default the shape most
     * clients share, {@code {"type": "http", "url", "headers"}}.
     */
    ObjectNode remoteEntry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "http");
        return urlEntry(entry, name, spec, "url", "headers");
    }

    /** How this client refers to a value the user supplies. */
    abstract String placeholder(String serverName, EnvVar var);

    @Override
    public void add(ObjectNode document, String name, LaunchSpec spec) throws MalformedConfigException {
        servers(document, true).set(name, spec.isRemote() ? remoteEntry(name, spec) : entry(name, spec));
    }

    @Override
    public boolean remove(ObjectNode document, String name) throws MalformedConfigException {
        ObjectNode servers = servers(document, false);
        return servers != null && servers.remove(name) != null;
    }

    @Override
    public List<String> placeholders(LaunchSpec spec) {
        List<String> result = new ArrayList<>();
        for (EnvVar var : spec.env()) {
            if (var.isPlaceholder()) {
                result.add(var.key());
            }
        }
        return result;
    }

    ObjectNode servers(ObjectNode document, boolean create) throws MalformedConfigException {
        JsonNode servers = document.get(serversKey);
        if (servers == null || servers.isNull()) {
            return create ? document.putObject(serversKey) : null;
        }
        if (!servers.isObject()) {
            throw new MalformedConfigException("'" + serversKey + "' is " + servers.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                    + ", but " + displayName + " expects an object of servers", -1, -1);
        }
        return (ObjectNode) servers;
    }

    /** Sets {@code key} to {@code node} unless it holds nothing: clients read a missing table as an empty one. */
    static void setUnlessEmpty(ObjectNode entry, String key, JsonNode node) {
        if (!node.isEmpty()) {
            entry.set(key, node);
        }
    }

    /** The URL and the headers into an entry, placeholders in this client's syntax. */
    ObjectNode urlEntry(ObjectNode entry, String name, LaunchSpec spec, String urlKey, String headersKey) {
        entry.put(urlKey, spec.url());
        if (!spec.headers().isEmpty()) {
            ObjectNode headers = entry.putObject(headersKey);
            for (Header header : spec.headers()) {
                headers.put(header.name(), header.render(key -> placeholder(name, find(spec, key))));
            }
        }
        return entry;
    }

    private static EnvVar find(LaunchSpec spec, String key) {
        return spec.env().stream().filter(var -> var.key().equals(key)).findFirst().orElseThrow();
    }

    /** {@code command}, {@code args}, {@code env} into an entry, placeholders in this client's syntax. */
    ObjectNode commandEntry(ObjectNode entry, String name, LaunchSpec spec, String commandKey, String envKey) {
        entry.put(commandKey, spec.command());
        var args = entry.putArray("args");
        spec.args().forEach(args::add);
        if (!spec.env().isEmpty()) {
            ObjectNode env = entry.putObject(envKey);
            for (EnvVar var : spec.env()) {
                env.put(var.key(), var.isPlaceholder() ? placeholder(name, var) : var.value());
            }
        }
        return entry;
    }
}
