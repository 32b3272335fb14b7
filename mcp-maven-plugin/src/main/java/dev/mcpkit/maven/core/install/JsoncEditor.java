package dev.mcpkit.maven.core.install;

import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.clients.ConfigFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edits one server entry of a JSON-with-comments file (Zed's settings.json) as text, so that every comment
 * and all other formatting stay as the user wrote them. It only splices: the entry's value is replaced in
 * place, a new entry goes first into its container, a removed entry takes one adjacent comma with it.
 * The caller checks the result against the tree edit and refuses when they differ.
 */
final class JsoncEditor implements InPlaceEditor {

    static final JsoncEditor INSTANCE = new JsoncEditor();

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private JsoncEditor() {
    }

    /** One object member: where its name starts and where its value ends (exclusive). */
    private record Member(String name, int nameStart, int valueStart, int valueEnd, boolean objectValue) {
    }

    /** An object: its braces and its members. */
    private record Span(int open, int close, List<Member> members) {
        Member member(String name) {
            for (Member m : members) {
                if (m.name.equals(name)) {
                    return m;
                }
            }
            return null;
        }
    }

    @Override
    public String whyInPlace() {
        return "contains comments that a rewrite would drop";
    }

    @Override
    public String put(String text, String container, String name, JsonNode entry) {
        try {
            Span top = object(text, 0);
            if (top == null) {
                return null;
            }
            Member servers = top.member(container);
            if (servers == null) {
                String body = quote(container) + ": {\n" + indent(2) + quote(name) + ": " + render(entry, 2) + "\n" + indent(1) + "}";
                return insertFirst(text, top, body, 1);
            }
            if (!servers.objectValue) {
                return null;
            }
            Span inner = object(text, servers.valueStart);
            Member existing = inner.member(name);
            if (existing != null) {
                if (!existing.objectValue) {
                    return null;
                }
                return text.substring(0, existing.valueStart) + render(entry, 2) + text.substring(existing.valueEnd);
            }
            return insertFirst(text, inner, quote(name) + ": " + render(entry, 2), 2);
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    public String remove(String text, String container, String name) {
        try {
            Span top = object(text, 0);
            Member servers = top == null ? null : top.member(container);
            if (servers == null || !servers.objectValue) {
                return null;
            }
            Span inner = object(text, servers.valueStart);
            int at = inner.members.indexOf(inner.member(name));
            if (at < 0) {
                return null;
            }
            Member m = inner.members.get(at);
            if (at + 1 < inner.members.size()) {
                // up to the next member: takes our comma along
                return text.substring(0, m.nameStart) + text.substring(inner.members.get(at + 1).nameStart);
            }
            if (at > 0) {
                // the last member: take the comma after the previous value
                if (inner.members.get(at - 1).valueEnd < 0) {
                    return null;
                }
                return text.substring(0, inner.members.get(at - 1).valueEnd) + text.substring(m.valueEnd);
            }
            int end = m.valueEnd;
            int next = skipSpace(text, end);
            if (next < text.length() && text.charAt(next) == ',') {
                end = next + 1;
            }
            // the only member: drop its whole line when nothing else is on it
            int lineStart = text.lastIndexOf('\n', m.nameStart - 1) + 1;
            int lineEnd = text.indexOf('\n', end);
            if (text.substring(lineStart, m.nameStart).isBlank() && lineEnd >= 0 && text.substring(end, lineEnd).isBlank()) {
                return text.substring(0, lineStart) + text.substring(lineEnd + 1);
            }
            return text.substring(0, m.nameStart) + text.substring(end);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String insertFirst(String text, Span object, String member, int depth) {
        if (object.members.isEmpty()) {
            // what sits inside the empty braces (comments) follows the new member at its indentation, and the
            // closing brace goes to the container's, however the braces were laid out ({}, {\n  }, uninstall's)
            String rest = text.substring(object.open + 1).stripLeading();
            String separator = "\n" + indent(rest.startsWith("}") ? depth - 1 : depth);
            return text.substring(0, object.open + 1) + "\n" + indent(depth) + member + separator + rest;
        }
        return text.substring(0, object.open + 1) + "\n" + indent(depth) + member + ","
                + text.substring(object.open + 1);
    }

    /** The object starting at the first '{' at or after {@code from}, with its direct members. */
    private static Span object(String text, int from) {
        try (JsonParser p = LENIENT.createParser(text.substring(from))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            int open = from + offset(p);
            List<Member> members = new ArrayList<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int nameStart = from + offset(p);
                JsonToken value = p.nextToken();
                int valueStart = from + offset(p);
                int valueEnd;
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    valueEnd = from + offset(p) + 1;
                } else {
                    valueEnd = -1; // scalars are never edited or used as an edge
                }
                members.add(new Member(name, nameStart, valueStart, valueEnd, value == JsonToken.START_OBJECT));
            }
            return new Span(open, from + offset(p), members);
        }
    }

    private static int offset(JsonParser p) {
        return (int) p.currentTokenLocation().getCharOffset();
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String render(JsonNode entry, int depth) {
        String json = ConfigFormat.JSON.write(entry).stripTrailing();
        return json.replace("\n", "\n" + indent(depth));
    }

    private static String quote(String s) {
        return ConfigFormat.JSON.write(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(s)).strip();
    }

    private static String indent(int depth) {
        return "  ".repeat(depth);
    }
}
