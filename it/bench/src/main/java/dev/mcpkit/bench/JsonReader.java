package dev.mcpkit.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for checking server responses: objects become {@link LinkedHashMap}, arrays
 * {@link ArrayList}, integers {@link Long}, other numbers {@link Double}. The driver has no dependencies so that
 * it loads the same few classes whatever server it measures.
 */
public final class JsonReader {

    private final String s;
    private int pos;

    private JsonReader(String s) {
        this.s = s;
    }

    /** Parses one JSON text; throws {@link IllegalArgumentException} naming the offset when it is not JSON. */
    public static Object parse(String text) {
        JsonReader r = new JsonReader(text);
        Object value;
        try {
            value = r.value();
            r.skipWs();
        } catch (StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated JSON");
        }
        if (r.pos != text.length()) {
            throw r.fail("trailing characters");
        }
        return value;
    }

    private Object value() {
        skipWs();
        char ch = s.charAt(pos);
        switch (ch) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (ch == '-' || (ch >= '0' && ch <= '9')) {
                    return number();
                }
                throw fail("unexpected character '" + ch + "'");
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipWs();
        if (s.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWs();
            if (s.charAt(pos) != '"') {
                throw fail("member name expected");
            }
            String key = string();
            skipWs();
            if (s.charAt(pos++) != ':') {
                throw fail("':' expected");
            }
            if (map.put(key, value()) != null) {
                throw fail("duplicate member \"" + key + "\"");
            }
            skipWs();
            char ch = s.charAt(pos++);
            if (ch == '}') {
                return map;
            }
            if (ch != ',') {
                throw fail("',' or '}' expected");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWs();
        if (s.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipWs();
            char ch = s.charAt(pos++);
            if (ch == ']') {
                return list;
            }
            if (ch != ',') {
                throw fail("',' or ']' expected");
            }
        }
    }

    private String string() {
        int start = ++pos;
        while (true) {
            char ch = s.charAt(pos);
            if (ch == '"') {
                return s.substring(start, pos++);
            }
            if (ch == '\\') {
                break;
            }
            if (ch < 0x20) {
                throw fail("control character in string");
            }
            pos++;
        }
        StringBuilder b = new StringBuilder().append(s, start, pos);
        while (true) {
            char ch = s.charAt(pos++);
            if (ch == '"') {
                return b.toString();
            }
            if (ch < 0x20) {
                throw fail("control character in string");
            }
            if (ch != '\\') {
                b.append(ch);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"': case '\\': case '/': b.append(e); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u':
                    try {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw fail("bad \\u escape");
                    }
                    pos += 4;
                    break;
                default:
                    throw fail("bad escape \\" + e);
            }
        }
    }

    private Object number() {
        int start = pos;
        boolean integral = true;
        while (pos < s.length()) {
            char ch = s.charAt(pos);
            if (ch == '.' || ch == 'e' || ch == 'E') {
                integral = false;
            } else if (!(ch == '-' || ch == '+' || (ch >= '0' && ch <= '9'))) {
                break;
            }
            pos++;
        }
        String text = s.substring(start, pos);
        try {
            return integral ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw fail("bad number " + text);
        }
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, pos)) {
            throw fail("unexpected literal");
        }
        pos += word.length();
        return value;
    }

    private void skipWs() {
        while (pos < s.length()) {
            char ch = s.charAt(pos);
            if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(why + " at offset " + pos);
    }
}
