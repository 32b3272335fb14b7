package dev.mcpkit.maven.core.install;

import java.util.List;
import java.util.Optional;

import dev.mcpkit.maven.core.clients.ConfigFormat;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Edits one server entry of a YAML file (Goose's config.yaml) as text, so that comments, anchors, aliases,
 * merge keys and quoting outside the entry stay byte for byte: a rewrite through a tree would drop the
 * comments and turn aliases into plain strings. SnakeYAML Engine says where the keys are; the edit replaces,
 * inserts or deletes the entry's whole lines, from its key to its last line indented deeper than the key.
 * A new entry goes last into the map. An anchored or aliased map, a flow-style map with entries, or an
 * edit after which an alias no longer resolves gives null; the caller then refuses the file.
 */
final class YamlEditor implements InPlaceEditor {

    static final YamlEditor INSTANCE = new YamlEditor();

    /** Entries of a map the file does not show yet are indented like Goose writes them. */
    private static final int NEW_INDENT = 2;

    private YamlEditor() {
    }

    @Override
    public String whyInPlace() {
        return "is YAML, whose comments, anchors and aliases a rewrite would drop";
    }

    @Override
    public String put(String text, String container, String name, JsonNode entry) {
        Document doc = Document.parse(text);
        if (doc == null) {
            return null;
        }
        String block = render(name, entry);
        NodeTuple servers = doc.member(doc.root, container);
        if (servers == null) {
            return doc.root == null || isBlockMapping(doc.root)
                    ? verified(insert(text, text.length(), container + ":\n" + indented(block, NEW_INDENT)))
                    : null;
        }
        Node map = servers.getValueNode();
        if (!doc.ownsValue(servers)) {
            return null;
        }
        if (isEmpty(map)) {
            return verified(doc.filled(servers, indented(block, NEW_INDENT)));
        }
        if (!isBlockMapping(map)) {
            return null;
        }
        List<NodeTuple> entries = ((MappingNode) map).getValue();
        int indent = entryIndent((MappingNode) map);
        NodeTuple existing = doc.member(map, name);
        Range lines = doc.lines(existing != null ? existing : entries.get(entries.size() - 1), indent);
        if (lines == null) {
            return null;
        }
        return existing != null
                ? verified(text.substring(0, lines.start) + indented(block, indent) + text.substring(lines.end))
                : verified(insert(text, lines.end, indented(block, indent)));
    }

    @Override
    public String remove(String text, String container, String name) {
        Document doc = Document.parse(text);
        NodeTuple servers = doc == null ? null : doc.member(doc.root, container);
        if (servers == null || !doc.ownsValue(servers) || !isBlockMapping(servers.getValueNode())) {
            return null;
        }
        MappingNode map = (MappingNode) servers.getValueNode();
        NodeTuple entry = doc.member(map, name);
        Range lines = entry == null ? null : doc.lines(entry, entryIndent(map));
        if (lines == null) {
            return null;
        }
        String removed = text.substring(0, lines.start) + text.substring(lines.end);
        if (map.getValue().size() > 1) {
            return verified(removed);
        }
        // the last entry: the map stays a map, as the tree edit leaves it, rather than becoming null
        int colon = doc.colonAfter(servers.getKeyNode());
        return colon < 0 ? null : verified(removed.substring(0, colon + 1) + " {}" + removed.substring(colon + 1));
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    private record Range(int start, int end) {
    }

    /** The file's text with its composed node tree and where each line starts. */
    private static final class Document {
        final String text;
        final Node root;
        final int[] lineStarts;

        private Document(String text, Node root, int[] lineStarts) {
            this.text = text;
            this.root = root;
            this.lineStarts = lineStarts;
        }

        /** Null when the text is not one YAML document or has a line break this class does not count (a lone CR). */
        static Document parse(String text) {
            if (text.replace("\r\n", "\n").indexOf('\r') >= 0) {
                return null;
            }
            try {
                return new Document(text, compose(text), lineStarts(text));
            } catch (YamlEngineException e) {
                return null;
            }
        }

        NodeTuple member(Node map, String key) {
            if (!(map instanceof MappingNode mapping)) {
                return null;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return tuple;
                }
            }
            return null;
        }

        /** False when the value is anchored (aliases elsewhere would change with it) or is itself an alias. */
        boolean ownsValue(NodeTuple tuple) {
            Node value = tuple.getValueNode();
            return value.getAnchor().isEmpty() && offset(value.getStartMark()) >= offset(tuple.getKeyNode().getEndMark());
        }

        /**
         * The character range of an entry's lines: from the start of its key's line to the end of its last
         * line indented deeper than {@code indent} (blank and comment lines after it belong to what follows).
         * Null when something other than spaces stands before the key on its line.
         */
        Range lines(NodeTuple tuple, int indent) {
            int keyAt = offset(tuple.getKeyNode().getStartMark());
            int first = tuple.getKeyNode().getStartMark().get().getLine();
            if (!text.substring(lineStarts[first], keyAt).isBlank()) {
                return null;
            }
            int last = first;
            for (int line = first + 1; line < lineStarts.length; line++) {
                String content = lineText(line).strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                if (leadingSpaces(lineText(line)) <= indent) {
                    break;
                }
                last = line;
            }
            return new Range(lineStarts[first], last + 1 < lineStarts.length ? lineStarts[last + 1] : text.length());
        }

        /** The text with an empty value ({@code {}}, {@code null}, nothing) of {@code tuple} dropped and {@code block} below its key. */
        String filled(NodeTuple tuple, String block) {
            int keyEnd = offset(tuple.getKeyNode().getEndMark());
            int start = offset(tuple.getValueNode().getStartMark());
            int end = offset(tuple.getValueNode().getEndMark());
            if (start == end) {
                start = keyEnd;
                end = keyEnd;
            } else if (text.substring(keyEnd, start).indexOf('\n') >= 0) {
                return null;
            }
            String head = text.substring(0, start).replaceFirst("[ \\t]+$", "");
            String rest = text.substring(end);
            int lineEnd = rest.indexOf('\n');
            return lineEnd < 0
                    ? head + rest + "\n" + block
                    : head + rest.substring(0, lineEnd + 1) + block + rest.substring(lineEnd + 1);
        }

        /** Where the ':' after a key is, or -1. */
        int colonAfter(Node key) {
            int at = offset(key.getEndMark());
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at < text.length() && text.charAt(at) == ':' ? at : -1;
        }

        private int offset(Optional<Mark> mark) {
            Mark m = mark.orElseThrow();
            return text.offsetByCodePoints(lineStarts[m.getLine()], m.getColumn());
        }

        private String lineText(int line) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            return text.substring(lineStarts[line], end);
        }

        private static int[] lineStarts(String text) {
            int[] starts = new int[(int) text.chars().filter(c -> c == '\n').count() + 1];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return starts;
        }
    }

    /** The one document's root, null for a file of comments only; throws unless the text is exactly one YAML document. */
    private static Node compose(String text) {
        // the default schema, as Jackson's reading that the edit is checked against uses
        return new Compose(LoadSettings.builder().build()).composeString(text).orElse(null);
    }

    /** The edit, when it is still one YAML document whose aliases all resolve. */
    private static String verified(String edited) {
        if (edited == null) {
            return null;
        }
        try {
            compose(edited);
            return edited;
        } catch (YamlEngineException e) {
            return null;
        }
    }

    /** The column of a block map's keys. */
    private static int entryIndent(MappingNode map) {
        return map.getValue().get(0).getKeyNode().getStartMark().map(Mark::getColumn).orElse(NEW_INDENT);
    }

    private static boolean isBlockMapping(Node node) {
        return node instanceof MappingNode mapping && mapping.getFlowStyle() == FlowStyle.BLOCK;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                || node instanceof MappingNode mapping && mapping.getValue().isEmpty();
    }

    /** {@code block} at {@code at}, which becomes the start of a line. */
    private static String insert(String text, int at, String block) {
        String head = text.substring(0, at);
        return head + (head.isEmpty() || head.endsWith("\n") ? "" : "\n") + block + text.substring(at);
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** {@code name:} and the entry below it, in block style at column 0, as Goose writes its entries. */
    private static String render(String name, JsonNode entry) {
        return ConfigFormat.YAML.write(JsonNodeFactory.instance.objectNode().set(name, entry));
    }

    private static String indented(String block, int indent) {
        return block.replaceAll("(?m)^(?=.)", " ".repeat(indent));
    }
}
