package dev.mcpkit.maven.core.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mcpkit.maven.core.clients.ConfigFormat;
import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.Prompt;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Resource;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
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

    private InspectionReport() {
    }

    /** Starts the server, learns it through a real MCP handshake, and renders what it offers. */
    public static String inspect(ServerDescriber describer, ServerCommand command, List<Setting> declaredSettings, Format format)
            throws DescribeException {
        return render(describer.describe(command, ServerDescriber.Mode.HANDSHAKE, false, declaredSettings), format);
    }

    public static String render(ServerDescriptor d, Format format) {
        return format == Format.JSON ? json(d) : text(d);
    }

    public static String text(ServerDescriptor d) {
        StringBuilder out = new StringBuilder();
        out.append(d.server().name());
        if (d.server().version() != null) {
            out.append(' ').append(d.server().version());
        }
        if (d.server().title() != null) {
            out.append(" (").append(d.server().title()).append(')');
        }
        out.append('\n');
        if (!d.protocolVersions().isEmpty()) {
            out.append("protocol ").append(String.join(", ", d.protocolVersions())).append('\n');
        }
        List<String[]> rows = new ArrayList<>();
        for (Tool t : d.tools()) {
            rows.add(new String[] {t.name(), nz(t.description()), arguments(t.inputSchema().toNode())});
        }
        table(out, "Tools", new String[] {"name", "description", "arguments"}, rows);
        rows = new ArrayList<>();
        for (Resource r : d.resources()) {
            rows.add(new String[] {r.uri(), nz(r.name()), nz(r.mimeType()), nz(r.description())});
        }
        table(out, "Resources", new String[] {"uri", "name", "mime type", "description"}, rows);
        rows = new ArrayList<>();
        for (Resource r : d.resourceTemplates()) {
            rows.add(new String[] {r.uri(), nz(r.name()), nz(r.mimeType()), nz(r.description())});
        }
        table(out, "Resource templates", new String[] {"uri template", "name", "mime type", "description"}, rows);
        rows = new ArrayList<>();
        for (Prompt p : d.prompts()) {
            List<String> args = new ArrayList<>();
            for (Prompt.Argument a : p.arguments()) {
                args.add(a.name() + (a.required() ? "*" : ""));
            }
            rows.add(new String[] {p.name(), nz(p.description()), String.join(", ", args)});
        }
        table(out, "Prompts", new String[] {"name", "description", "arguments"}, rows);
        out.append("(* required)\n");
        return out.toString();
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

    private static void table(StringBuilder out, String title, String[] header, List<String[]> rows) {
        out.append('\n').append(title).append(" (").append(rows.size()).append(")\n");
        if (rows.isEmpty()) {
            return;
        }
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] row : rows) {
                row[c] = oneLine(row[c]);
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        line(out, header, width);
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        line(out, rule, width);
        for (String[] row : rows) {
            line(out, row, width);
        }
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            l.append(cells[c]);
            if (c < cells.length - 1) {
                l.append(" ".repeat(width[c] - cells[c].length() + 2));
            }
        }
        out.append(l.toString().stripTrailing()).append('\n');
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
