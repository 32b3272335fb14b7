package dev.mcpkit.maven.core.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.clients.McpServersWriter.Remote;
import dev.mcpkit.maven.core.launch.LaunchSpec;

/** Every supported client, by id. */
public final class ClientConfigs {

    private static final Map<String, ClientConfigWriter> WRITERS = new LinkedHashMap<>();

    static {
        register(new McpServersWriter("claude-desktop", "Claude Desktop", key -> "${" + key + "}", Remote.NONE));
        register(new ClaudeCodeWriter());
        register(new VsCodeWriter());
        // Cursor and Windsurf expand ${env:NAME} from their environment (cursor.com/docs/mcp, docs.windsurf.com)
        register(new McpServersWriter("cursor", "Cursor", key -> "${env:" + key + "}", Remote.TYPED_URL));
        register(new McpServersWriter("windsurf", "Windsurf", key -> "${env:" + key + "}", Remote.SERVER_URL));
        register(new McpServersWriter("cursor-agent", "Cursor Agent (CLI)", key -> "${env:" + key + "}", Remote.TYPED_URL));
        register(new ZedWriter());
        register(new GooseWriter());
        // Gemini CLI expands $VAR and ${VAR} from its environment (its docs/tools/mcp-server.md)
        register(new McpServersWriter("gemini", "Gemini CLI", key -> "${" + key + "}", Remote.HTTP_URL));
        register(new CodexWriter());
        register(new OpenCodeWriter());
        register(new McpServersWriter("antigravity", "Antigravity", key -> "${" + key + "}", Remote.SERVER_URL));
        register(new McpServersWriter("antigravity-cli", "Antigravity CLI", key -> "${" + key + "}", Remote.SERVER_URL));
        register(new McpServersWriter("junie", "Junie", key -> "${" + key + "}", Remote.URL));
        register(new McpServersWriter("jetbrains", "JetBrains AI Assistant", key -> "${" + key + "}", Remote.TYPED_URL));
    }

    /** Clients that run only remote servers, configured in their own web settings: what to do instead. */
    private static final Map<String, String> REMOTE_ONLY = Map.of(
            "chatgpt", "ChatGPT",
            "claude-teams-enterprise", "Claude for Teams and Enterprise",
            "linear", "Linear");

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
        String remoteOnly = id == null ? null : REMOTE_ONLY.get(id.trim());
        if (remoteOnly != null) {
            throw new IllegalArgumentException(remoteOnly + " runs no server on your machine: it takes remote MCP servers only, added"
                    + " by URL in its own settings (an admin's, for a team). Serve this one over HTTP (--transport http) behind an"
                    + " https URL (see Remote deployment in mcpkit's README) and add that URL there");
        }
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
