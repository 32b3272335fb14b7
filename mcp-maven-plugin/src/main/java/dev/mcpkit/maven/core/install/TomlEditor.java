package dev.mcpkit.maven.core.install;

import dev.mcpkit.maven.core.clients.ConfigFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits Codex's {@code config.toml} as text: the server's own tables ({@code [mcp_servers.<name>]} and those below it)
 * are taken out, and its new tables written at the end; every other line stays as the user wrote it, comments too.
 * A file that holds the server some other way (an inline table, dotted keys) reads back otherwise, and is refused by
 * the caller.
 */
final class TomlEditor implements InPlaceEditor {

    static final TomlEditor INSTANCE = new TomlEditor();
    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]*?)\\s*\\]\\]?\\s*(#.*)?$");

    @Override
    public String put(String text, String container, String name, JsonNode entry) {
        String kept = without(text, container, name);
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.putObject(container).set(name, entry);
        String tables = ConfigFormat.TOML.write(document);
        return kept.isBlank() ? tables : kept.stripTrailing() + "\n\n" + tables;
    }

    @Override
    public String remove(String text, String container, String name) {
        return without(text, container, name);
    }

    @Override
    public String whyInPlace() {
        return "is TOML that a rewrite would reorder and strip of its comments";
    }

    /** The text without the tables of {@code container.name}. */
    private static String without(String text, String container, String name) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : text.split("\n", -1)) {
            java.util.regex.Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                skipping = isServerTable(header.group(1), container, name);
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** Whether the dotted key of a table header is {@code container.name} or below it. */
    private static boolean isServerTable(String dotted, String container, String name) {
        List<String> keys = new ArrayList<>();
        for (String key : dotted.split("\\.")) {
            String k = key.strip();
            keys.add(k.length() >= 2 && (k.startsWith("\"") && k.endsWith("\"") || k.startsWith("'") && k.endsWith("'"))
                    ? k.substring(1, k.length() - 1) : k);
        }
        return keys.size() >= 2 && keys.get(0).equals(container) && keys.get(1).equals(name);
    }
}
