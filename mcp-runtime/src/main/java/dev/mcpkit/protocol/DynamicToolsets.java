package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ResultMapper;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.model.ToolExposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two tools a server with dynamic toolsets adds for the client: {@value #LIST} says which toolsets there are and
 * which are enabled; {@value #ENABLE} enables one for this session, whose client is then told the tool list changed.
 * A tool of the server's own with either name takes its place.
 */
final class DynamicToolsets {

    static final String LIST = "list_toolsets";
    static final String ENABLE = "enable_toolset";

    private DynamicToolsets() {
    }

    /** Whether {@code name} is one of the two tools in this session (dynamic, and not a name the server uses itself). */
    static boolean handles(Session session, String name) {
        return session.exposure().dynamic() && (LIST.equals(name) || ENABLE.equals(name)) && session.model().tool(name) == null;
    }

    /** The tools/list entries of the two tools, for a session with dynamic toolsets (else none). */
    static List<Map<String, Object>> descriptors(Session session) {
        List<Map<String, Object>> tools = new ArrayList<>();
        if (!session.exposure().dynamic()) {
            return tools;
        }
        Map<String, Object> readOnly = Json.object("readOnlyHint", Boolean.TRUE, "openWorldHint", Boolean.FALSE);
        if (session.model().tool(LIST) == null) {
            tools.add(Json.object("name", LIST, "description", "Lists this server's toolsets, their tools, and which are enabled",
                    "inputSchema", Json.object("type", "object", "properties", Json.object()), "annotations", readOnly));
        }
        if (session.model().tool(ENABLE) == null) {
            tools.add(Json.object("name", ENABLE, "description",
                    "Enables a toolset for this session: its tools are then listed and can be called",
                    "inputSchema", Json.object("type", "object",
                            "properties", Json.object("toolset", Json.object("type", "string", "description", "The toolset to enable",
                                    "enum", ToolExposure.toolsetsOf(session.model().tools()))),
                            "required", List.of("toolset")),
                    "annotations", readOnly));
        }
        return tools;
    }

    /** Runs one of the two tools. */
    static Map<String, Object> call(Session session, String name, Map<String, Object> arguments) {
        List<String> toolsets = ToolExposure.toolsetsOf(session.model().tools());
        if (LIST.equals(name)) {
            List<Object> entries = new ArrayList<>();
            for (String toolset : toolsets) {
                List<Object> tools = new ArrayList<>();
                for (ToolDefinition t : session.model().tools()) {
                    if (t.toolset().equals(toolset) && (!session.exposure().readOnly() || t.readOnly())) {
                        tools.add(t.name());
                    }
                }
                entries.add(Json.object("toolset", toolset, "enabled", session.exposure().isEnabled(toolset), "tools", tools));
            }
            return ResultMapper.text(Json.write(Json.object("toolsets", entries)));
        }
        Object toolset = arguments.get("toolset");
        if (!(toolset instanceof String) || !toolsets.contains(toolset)) {
            return ResultMapper.toolError("Unknown toolset " + (toolset instanceof String ? "'" + toolset + "'" : "(none given)")
                    + "; this server has: " + String.join(", ", toolsets));
        }
        boolean enabled = session.enableToolset((String) toolset);
        return ResultMapper.text(enabled ? "Enabled toolset " + toolset + "; its tools are now listed"
                : "Toolset " + toolset + " was already enabled");
    }
}
