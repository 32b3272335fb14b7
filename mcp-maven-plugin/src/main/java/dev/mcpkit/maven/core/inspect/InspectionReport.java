package dev.mcpkit.maven.core.inspect;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mcpkit.maven.core.clients.ConfigFormat;
import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.Prompt;
import dev.mcpkit.maven.core.describe.ProtocolEras;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Resource;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.output.TextTemplates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What {@code mcp:inspect} prints: the server's tools, resources, templates and prompts as tables, or as JSON. */
public final class InspectionReport {

    /** How the report is printed. */
    public enum Format {
        TABLE, JSON;

        public static Format parse(String value) {
            String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
            if (v.equals("table") || v.equals("text")) {
                return TABLE;
            }
            if (v.equals("json")) {
                return JSON;
            }
            throw new IllegalArgumentException("unknown format '" + value + "': set mcp.format to table or json");
        }
    }

    public static final String TEMPLATE = "inspect.txt.ftl";

    private InspectionReport() {
    }

    /** Starts the server, learns it through a real MCP handshake over stdio, and renders what it offers. */
    public static String inspect(ServerDescriber describer, ServerCommand command, List<Setting> declaredSettings, Format format,
                                 TextTemplates templates) throws DescribeException, IOException {
        return render(describer.describe(command, ServerDescriber.Mode.HANDSHAKE, false, declaredSettings), format, templates);
    }

    /**
     * The same over Streamable HTTP: with the server serving at {@code endpoint}, or, when it is null, with the server
     * started from {@code command} on a free loopback port.
     */
    public static String inspectOverHttp(ServerDescriber describer, ServerCommand command, URI endpoint, List<Setting> declaredSettings,
                                         Format format, TextTemplates templates) throws DescribeException, IOException {
        return render(describer.describeOverHttp(command, endpoint, declaredSettings), format, templates);
    }

    public static String render(ServerDescriptor d, Format format, TextTemplates templates) throws IOException {
        return format == Format.JSON ? json(d) : text(d, templates);
    }

    /** The tables, from the template {@code inspect.txt.ftl}, which may be the project's own. */
    public static String text(ServerDescriptor d, TextTemplates templates) throws IOException {
        Map<String, Object> server = new HashMap<>();
        server.put("name", d.server().name());
        server.put("version", d.server().version());
        server.put("title", d.server().title());
        List<Map<String, Object>> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean anyHint = d.tools().stream().anyMatch(t -> !hints(t).isEmpty());   // else no column for them
        for (Tool t : d.tools()) {
            List<String> row = new ArrayList<>(List.of(t.name(), nz(t.description()), arguments(t.inputSchema().toNode())));
            if (anyHint) {
                row.add(hints(t));
            }
            rows.add(row);
        }
        tables.add(table("Tools", anyHint ? List.of("name", "description", "arguments", "read-only, toolset")
                : List.of("name", "description", "arguments"), rows));
        tables.add(table("Resources", List.of("uri", "name", "mime type", "description"), resourceRows(d.resources())));
        tables.add(table("Resource templates", List.of("uri template", "name", "mime type", "description"), resourceRows(d.resourceTemplates())));
        rows = new ArrayList<>();
        for (Prompt p : d.prompts()) {
            List<String> args = new ArrayList<>();
            for (Prompt.Argument a : p.arguments()) {
                args.add(a.name() + (a.required() ? "*" : ""));
            }
            rows.add(List.of(p.name(), nz(p.description()), String.join(", ", args)));
        }
        tables.add(table("Prompts", List.of("name", "description", "arguments"), rows));
        return templates.render(TEMPLATE, Map.of("server", server, "protocolVersions", d.protocolVersions(),
                "eras", ProtocolEras.describe(d.protocolVersions()), "tables", tables));
    }

    /** {@code read-only}, {@code toolset issues}, both, or nothing. */
    static String hints(Tool t) {
        List<String> hints = new ArrayList<>();
        if (t.readOnly()) {
            hints.add("read-only");
        }
        if (t.toolset() != null) {
            hints.add("toolset " + t.toolset());
        }
        return String.join(", ", hints);
    }

    private static List<List<String>> resourceRows(List<Resource> resources) {
        List<List<String>> rows = new ArrayList<>();
        for (Resource r : resources) {
            rows.add(List.of(r.uri(), nz(r.name()), nz(r.mimeType()), nz(r.description())));
        }
        return rows;
    }

    /** {@code a*: integer, b: string} from a tool's input schema; {@code *} marks required arguments. */
    static String arguments(JsonNode schema) {
        JsonNode props = schema.path("properties");
        if (!props.isObject()) {
            return "";
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : props.properties()) {
            String type = p.getValue().path("type").isString() ? p.getValue().path("type").asString() : "any";
            parts.add(p.getKey() + (required.contains(p.getKey()) ? "*" : "") + ": " + type);
        }
        return String.join(", ", parts);
    }

    /** Cells on one line, and each column's width for the template to align them. */
    private static Map<String, Object> table(String title, List<String> header, List<List<String>> rows) {
        List<List<String>> flat = new ArrayList<>();
        List<Integer> width = new ArrayList<>();
        header.forEach(h -> width.add(h.length()));
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                cells.add(oneLine(row.get(c)));
                width.set(c, Math.max(width.get(c), cells.get(c).length()));
            }
            flat.add(cells);
        }
        return Map.of("title", title, "header", header, "rows", flat, "widths", width);
    }

    /** Long descriptions are cut so a row stays one line. */
    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static String json(ServerDescriptor d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode server = root.putObject("server");
        server.put("name", d.server().name());
        putIf(server, "title", d.server().title());
        putIf(server, "version", d.server().version());
        putIf(server, "description", d.server().description());
        ArrayNode versions = root.putArray("protocolVersions");
        d.protocolVersions().forEach(versions::add);
        ArrayNode tools = root.putArray("tools");
        for (Tool t : d.tools()) {
            ObjectNode n = tools.addObject();
            n.put("name", t.name());
            putIf(n, "title", t.title());
            putIf(n, "description", t.description());
            n.set("inputSchema", t.inputSchema().toNode());
            if (t.outputSchema().isPresent()) {
                n.set("outputSchema", t.outputSchema().toNode());
            }
            if (t.annotations().isPresent()) {
                n.set("annotations", t.annotations().toNode());
            }
            putIf(n, "toolset", t.toolset());
        }
        resources(root.putArray("resources"), d.resources(), "uri");
        resources(root.putArray("resourceTemplates"), d.resourceTemplates(), "uriTemplate");
        ArrayNode prompts = root.putArray("prompts");
        for (Prompt p : d.prompts()) {
            ObjectNode n = prompts.addObject();
            n.put("name", p.name());
            putIf(n, "title", p.title());
            putIf(n, "description", p.description());
            ArrayNode args = n.putArray("arguments");
            for (Prompt.Argument a : p.arguments()) {
                ObjectNode an = args.addObject();
                an.put("name", a.name());
                putIf(an, "description", a.description());
                an.put("required", a.required());
            }
        }
        return ConfigFormat.JSON.write(root);
    }

    private static void resources(ArrayNode array, List<Resource> resources, String uriKey) {
        for (Resource r : resources) {
            ObjectNode n = array.addObject();
            n.put(uriKey, r.uri());
            putIf(n, "name", r.name());
            putIf(n, "title", r.title());
            putIf(n, "description", r.description());
            putIf(n, "mimeType", r.mimeType());
        }
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
