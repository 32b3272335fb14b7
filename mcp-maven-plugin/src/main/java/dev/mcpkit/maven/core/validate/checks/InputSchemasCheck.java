package dev.mcpkit.maven.core.validate.checks;

import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/**
 * A model fills in arguments from their schema: every tool needs a typed object schema and every argument a
 * type and a description. An untyped argument ({@code Map}, {@code Object}) accepts anything: a warning.
 */
public final class InputSchemasCheck implements Check {

    @Override
    public String id() {
        return "security.input-schemas";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return "typed input schemas, every argument described";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor d = Described.orNote(model, findings);
        if (d == null) {
            return;
        }
        for (Tool tool : d.tools()) {
            JsonNode schema = tool.inputSchema().toNode();
            if (!schema.isObject() || !"object".equals(schema.path("type").asString(""))) {
                findings.error("tool " + tool.name() + " has no typed inputSchema (type: object)",
                        "declare the tool's arguments with @Arg parameters or give ToolSpec an inputSchema of type object");
                continue;
            }
            JsonNode props = schema.path("properties");
            if (schema.has("properties") && !props.isObject()) {
                findings.error("tool " + tool.name() + " has an inputSchema whose properties is not an object", "fix the schema");
                continue;
            }
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                String arg = "tool " + tool.name() + " argument " + p.getKey();
                JsonNode s = p.getValue();
                String description = s.path("description").asString("");
                if (description.isBlank()) {
                    findings.error(arg + " has no description", "add @Arg(description = \"...\") so models know what to pass");
                }
                if (untyped(s)) {
                    findings.warning(arg + " is untyped (Map/Object): any value passes",
                            "use a record, enum, List or scalar type so the schema says what is accepted");
                }
            }
        }
    }

    private static boolean untyped(JsonNode s) {
        boolean combined = s.has("anyOf") || s.has("oneOf") || s.has("allOf") || s.has("enum") || s.has("const") || s.has("$ref");
        if (!s.has("type")) {
            return !combined;
        }
        String type = s.path("type").asString("");
        return type.equals("object") && !s.has("properties") && !s.path("additionalProperties").isObject();
    }
}
