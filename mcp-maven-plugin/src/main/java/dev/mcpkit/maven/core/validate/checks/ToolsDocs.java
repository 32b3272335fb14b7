package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.output.MarkedSection;
import dev.mcpkit.maven.core.output.TextTemplates;
import tools.jackson.databind.JsonNode;

/**
 * The README's generated tools section ({@code mvn mcp:docs}): Markdown from the template {@code tools.md.ftl} between
 * two markers, replaced as a whole.
 */
public final class ToolsDocs {

    public static final MarkedSection SECTION = new MarkedSection("tools", "Tools");
    public static final String BEGIN = SECTION.begin();
    public static final String END = SECTION.end();
    public static final String TEMPLATE = "tools.md.ftl";

    private ToolsDocs() {
    }

    /** The markers around the rendering of {@link #TEMPLATE}, which may be the project's own. */
    public static String section(ServerDescriptor d, TextTemplates templates) throws IOException {
        return SECTION.wrap(body(d, templates));
    }

    /** The README with its generated section replaced, or appended under a "## Tools" heading when it has none. */
    public static String update(String readme, ServerDescriptor d, TextTemplates templates) throws IOException {
        return SECTION.update(readme, body(d, templates));
    }

    private static String body(ServerDescriptor d, TextTemplates templates) throws IOException {
        List<Map<String, Object>> tools = new ArrayList<>();
        Set<String> toolsets = new TreeSet<>();
        for (Tool tool : d.tools()) {
            JsonNode schema = tool.inputSchema().toNode();
            Set<String> required = new HashSet<>();
            for (JsonNode r : schema.path("required")) {
                required.add(r.asString(""));
            }
            List<Map<String, Object>> arguments = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                JsonNode s = p.getValue();
                arguments.add(Map.of("name", p.getKey(), "type", s.path("type").asString("any"),
                        "required", required.contains(p.getKey()), "description", s.path("description").asString("")));
            }
            tools.add(Map.of("name", tool.name(), "description", tool.description() == null ? "" : tool.description().strip(),
                    "arguments", arguments, "readOnly", tool.readOnly(), "toolset", tool.toolset() == null ? "" : tool.toolset()));
            if (tool.toolset() != null) {
                toolsets.add(tool.toolset());
            }
        }
        List<Map<String, Object>> settings = new ArrayList<>();
        for (Setting s : d.settings()) {
            settings.add(Map.of("key", s.key(), "required", s.required(), "secret", s.secret(),
                    "description", s.description() == null ? "" : s.description()));
        }
        boolean anyReadOnly = d.tools().stream().anyMatch(Tool::readOnly);
        return templates.render(TEMPLATE, Map.of("tools", tools, "settings", settings,
                "toolsets", List.copyOf(toolsets), "anyReadOnly", anyReadOnly));
    }
}
