package dev.mcpkit.maven.core.validate.checks;

import java.util.Map;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/** Every tool the server declares, and each of its arguments, is named in the README. */
public final class ToolsDocumentedCheck implements Check {

    @Override
    public String id() {
        return "docs.tools";
    }

    @Override
    public Category category() {
        return Category.DOCUMENTATION;
    }

    @Override
    public String title() {
        return "every tool and argument documented in the README";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor d = Described.orNote(model, findings);
        if (d == null) {
            return;
        }
        String text = model.layout().readmeText();
        String fix = "run mvn mcp:docs to write the tools section between " + ToolsDocs.BEGIN + " and " + ToolsDocs.END;
        for (Tool tool : d.tools()) {
            int at = indexOfName(text, tool.name(), 0);
            if (at < 0) {
                findings.error("the tool " + tool.name() + " is not documented in README.md", fix);
                continue;
            }
            JsonNode props = tool.inputSchema().toNode().path("properties");
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                if (indexOfName(text, p.getKey(), at) < 0) {
                    findings.error("the argument " + p.getKey() + " of tool " + tool.name() + " is not documented in README.md", fix);
                }
            }
        }
    }

    /** Names count as documented in code style ({@code `name`}) or as a heading word. */
    static int indexOfName(String text, String name, int from) {
        var m = Pattern.compile("`" + Pattern.quote(name) + "`|(?m)^#+\\s+" + Pattern.quote(name) + "\\b").matcher(text);
        return m.find(from) ? m.start() : -1;
    }
}
