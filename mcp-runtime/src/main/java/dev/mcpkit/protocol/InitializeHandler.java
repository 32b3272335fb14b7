package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.ServerIdentity;
import dev.mcpkit.model.ServerModel;
import java.util.Map;

/** {@code initialize}: negotiates the version and declares only the capabilities the server has. */
final class InitializeHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        Session session = ex.session();
        if (session.isInitialized()) {
            throw new McpException(McpException.INVALID_REQUEST, "Invalid Request: the session is already initialized");
        }
        String requested = ex.requireString("protocolVersion");
        Map<String, Object> capabilities = ex.optionalObject("capabilities");
        Map<String, Object> clientInfo = ex.optionalObject("clientInfo");
        String version = ProtocolVersions.negotiate(requested);
        session.initialized(version, capabilities, str(clientInfo.get("name")), str(clientInfo.get("version")));

        ServerModel model = session.model();
        ServerIdentity id = model.identity();
        Map<String, Object> result = Json.object();
        result.put("protocolVersion", version);
        result.put("capabilities", capabilities(model));
        result.put("serverInfo", Json.object("name", id.name(), "title", id.title(), "version", id.version(),
                "description", ProtocolVersions.LATEST.equals(version) ? id.description() : null));
        if (id.instructions() != null && !id.instructions().isEmpty()) {
            result.put("instructions", id.instructions());
        }
        return result;
    }

    /** What the server can do: declared by {@code initialize} and by {@code server/discover} alike. */
    static Map<String, Object> capabilities(ServerModel model) {
        Map<String, Object> caps = Json.object();
        if (model.hasTools()) {
            caps.put("tools", Json.object("listChanged", Boolean.TRUE));
        }
        if (!model.resources().isEmpty() || !model.templates().isEmpty()) {
            caps.put("resources", Json.object("subscribe", Boolean.TRUE, "listChanged", Boolean.TRUE));
        }
        if (!model.prompts().isEmpty()) {
            caps.put("prompts", Json.object("listChanged", Boolean.TRUE));
        }
        caps.put("logging", Json.object());
        if (model.hasCompletions()) {
            caps.put("completions", Json.object());
        }
        return caps;
    }

    private static String str(Object o) {
        return o instanceof String ? (String) o : null;
    }
}
