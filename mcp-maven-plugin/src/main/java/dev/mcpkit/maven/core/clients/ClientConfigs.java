package dev.mcpkit.maven.core.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.launch.LaunchSpec;

/** Every supported client, by id. */
public final class ClientConfigs {

    private static final Map<String, ClientConfigWriter> WRITERS = new LinkedHashMap<>();

    static {
        register(new McpServersWriter("claude-desktop", "Claude Desktop", key -> "${" + key + "}"));
        register(new ClaudeCodeWriter());
        register(new VsCodeWriter());
        // Cursor and Windsurf expand ${env:NAME} from their environment (cursor.com/docs/mcp, docs.windsurf.com)
        register(new McpServersWriter("cursor", "Cursor", key -> "${env:" + key + "}"));
        register(new McpServersWriter("windsurf", "Windsurf", key -> "${env:" + key + "}"));
        register(new ZedWriter());
        register(new GooseWriter());
    }

    private ClientConfigs() {
    }

    private static void register(ClientConfigWriter writer) {
        WRITERS.put(writer.id(), writer);
    }

    public static List<String> ids() {
        return List.copyOf(WRITERS.keySet());
    }

    public static List<ClientConfigWriter> all() {
        return List.copyOf(WRITERS.values());
    }

    public static ClientConfigWriter get(String id) {
        ClientConfigWriter writer = WRITERS.get(id == null ? "" : id.trim());
        if (writer == null) {
            throw new IllegalArgumentException("unknown client '" + id + "': use one of " + String.join(", ", ids()));
        }
        return writer;
    }

    /** The {@code claude mcp add ...} command line for Claude Code. */
    public static String claudeMcpAddCommand(String name, LaunchSpec spec, String scope) {
        return ((ClaudeCodeWriter) get("claude-code")).addCommand(name, spec, scope);
    }

    /** {@code clients/claude-mcp-add.sh}. */
    public static String claudeMcpAddScript(String name, LaunchSpec spec) {
        return ((ClaudeCodeWriter) get("claude-code")).addScript(name, spec);
    }
}
