package dev.mcpkit.maven.core.describe;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the {@code --describe} document (schema: docs/describe-schema.json) into a {@link ServerDescriptor}. The list parts
 * share their shape with the MCP {@code tools/list}, {@code resources/list}... results, so the handshake
 * describer reuses them.
 */
public final class DescriptorParser {

    /** The {@code describeVersion} this plugin understands; newer documents are refused rather than misread. */
    public static final int DESCRIBE_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private DescriptorParser() {
    }

    public static ServerDescriptor parse(String json) throws DescribeException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new DescribeException("the --describe output is not JSON: " + e.getOriginalMessage()
                    + "\n(only the describe document may be printed on stdout; log to stderr)");
        }
        if (root == null || !root.isObject()) {
            throw new DescribeException("the --describe output is not a JSON object");
        }
        int version = root.path("describeVersion").asInt(0);
        if (version < 1 || version > DESCRIBE_VERSION) {
            throw new DescribeException("unsupported describeVersion " + root.path("describeVersion")
                    + " (this plugin reads version " + DESCRIBE_VERSION + "); use a plugin as new as the server's mcp-runtime");
        }
        JsonNode server = root.path("server");
        if (!server.isObject() || text(server, "name") == null) {
            throw new DescribeException("the --describe output has no server.name");
        }
        List<String> protocolVersions = new ArrayList<>();
        for (JsonNode v : root.path("protocolVersions")) {
            protocolVersions.add(v.asString());
        }
        return new ServerDescriptor(serverInfo(server), protocolVersions, tools(root.path("tools")),
                resources(root.path("resources"), "uri"), resources(root.path("resourceTemplates"), "uriTemplate"),
                prompts(root.path("prompts")), settings(root.path("settings")));
    }

    static ServerInfo serverInfo(JsonNode server) {
        return new ServerInfo(text(server, "name"), text(server, "title"), text(server, "version"),
                text(server, "description"), text(server, "instructions"));
    }

    static List<Tool> tools(JsonNode array) {
        List<Tool> tools = new ArrayList<>();
        for (JsonNode t : array) {
            List<String> settings = new ArrayList<>();
            for (JsonNode s : t.path("settings")) {
                settings.add(s.asString());
            }
            String toolset = text(t, "toolset");   // --describe; a handshake has it in _meta
            tools.add(new Tool(text(t, "name"), text(t, "title"), text(t, "description"),
                    JsonValue.of(t.get("inputSchema")), JsonValue.of(t.get("outputSchema")),
                    JsonValue.of(t.get("annotations")), settings, toolset != null ? toolset : text(t.path("_meta"), Tool.TOOLSET_META)));
        }
        return tools;
    }

    static List<Resource> resources(JsonNode array, String uriField) {
        List<Resource> resources = new ArrayList<>();
        for (JsonNode r : array) {
            resources.add(new Resource(text(r, uriField), text(r, "name"), text(r, "title"),
                    text(r, "description"), text(r, "mimeType")));
        }
        return resources;
    }

    static List<Prompt> prompts(JsonNode array) {
        List<Prompt> prompts = new ArrayList<>();
        for (JsonNode p : array) {
            List<Prompt.Argument> arguments = new ArrayList<>();
            for (JsonNode a : p.path("arguments")) {
                arguments.add(new Prompt.Argument(text(a, "name"), text(a, "description"), a.path("required").asBoolean(false)));
            }
            prompts.add(new Prompt(text(p, "name"), text(p, "title"), text(p, "description"), arguments));
        }
        return prompts;
    }

    static List<Setting> settings(JsonNode array) {
        List<Setting> settings = new ArrayList<>();
        for (JsonNode s : array) {
            JsonNode dflt = s.get("default");
            String defaultValue = dflt == null || dflt.isNull() ? null : dflt.isString() ? dflt.stringValue() : dflt.toString();
            settings.add(new Setting(text(s, "key"), text(s, "description"), text(s, "type"),
                    s.path("required").asBoolean(false), s.path("secret").asBoolean(false), defaultValue));
        }
        return settings;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }
}
