package dev.mcpkit.maven.core.clients;

import java.util.List;

import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes one MCP client's configuration entry for a server, as a Jackson tree. */
public interface ClientConfigWriter {

    /** The id users pass as {@code -Dmcp.client} (claude-desktop, vscode...). */
    String id();

    /** The client's name as users know it. */
    String displayName();

    ConfigFormat format();

    /** The top-level key holding the servers ({@code mcpServers}, {@code servers}, {@code context_servers}...). */
    String serversKey();

    /** Adds the server to a configuration document, replacing an entry of the same name in place. */
    void add(ObjectNode document, String name, LaunchSpec spec) throws MalformedConfigException;

    /** Removes the server's entry and nothing else; false when it was not there. */
    boolean remove(ObjectNode document, String name) throws MalformedConfigException;

    /** The placeholders the user must still fill in for this server, as {@code KEY -> placeholder text}. */
    List<String> placeholders(LaunchSpec spec);

    /** A document holding only this server: the snippet to paste. */
    default ObjectNode snippet(String name, LaunchSpec spec) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        try {
            add(document, name, spec);
        } catch (MalformedConfigException e) {
            throw new IllegalStateException("an empty document cannot be malformed", e);
        }
        return document;
    }

    default String snippetText(String name, LaunchSpec spec) {
        return format().write(snippet(name, spec));
    }
}
