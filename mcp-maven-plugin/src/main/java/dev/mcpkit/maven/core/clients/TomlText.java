package dev.mcpkit.maven.core.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * TOML text of a configuration tree, as people write it: the values of an object first, then each object below it
 * as a {@code [dotted.table]} of its own. Written here rather than by Jackson's TOML writer, which puts nested
 * objects as dotted keys ({@code a.b.c = 1}): those cannot be appended after a user's own tables, where they would
 * belong to the last one. Handles what client configurations hold: strings, numbers, booleans, arrays of those, and
 * objects.
 */
final class TomlText {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private TomlText() {
    }

    /** The whole document. */
    static String document(JsonNode root) {
        StringBuilder out = new StringBuilder();
        table(out, List.of(), root);
        return out.toString();
    }

    /** {@code value} as the table {@code path} and the tables below it, e.g. {@code [mcp_servers.weather]}. */
    static String table(List<String> path, JsonNode value) {
        StringBuilder out = new StringBuilder();
        table(out, path, value);
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> path, JsonNode object) {
        List<Map.Entry<String, JsonNode>> tables = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getValue().isObject()) {
                tables.add(e);
            } else if (!e.getValue().isNull()) {
                values.append(key(e.getKey())).append(" = ").append(value(e.getValue())).append('\n');
            }
        }
        if (!path.isEmpty() && (values.length() > 0 || tables.isEmpty())) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append('[').append(String.join(".", path.stream().map(TomlText::key).toList())).append("]\n");
        }
        out.append(values);
        for (Map.Entry<String, JsonNode> t : tables) {
            List<String> below = new ArrayList<>(path);
            below.add(t.getKey());
            table(out, below, t.getValue());
        }
    }

    static String key(String key) {
        return BARE_KEY.matcher(key).matches() ? key : string(key);
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(value(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v.isString()) {
            return string(v.asString());
        }
        return v.toString();   // numbers and booleans are written alike in JSON and TOML
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
