package dev.mcpkit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The floor: a hand-written, dependency-free, single-threaded stdio MCP server with one {@code echo} tool.
 * It does the least work a correct server can do (read a line, scan the top-level members, write one line), so
 * a server built with mcpkit is measured against what the JVM and the pipes cost by themselves.
 *
 * <p>Run: {@code java -cp bench.jar dev.mcpkit.bench.FloorEchoServer}. This class uses nothing but
 * {@code java.base} and no other class of this module, so it stays an honest floor.
 */
public final class FloorEchoServer {

    private static final String[] PROTOCOL_VERSIONS = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"};

    private static final String TOOLS = "{\"tools\":[{\"name\":\"echo\",\"description\":\"Echoes the message back.\","
            + "\"inputSchema\":{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
            + "\"required\":[\"message\"],\"additionalProperties\":false}}]}";

    private FloorEchoServer() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = in.readLine()) != null) {
            String reply = answer(line);
            if (reply != null) {
                out.write(reply);
                out.write('\n');
                out.flush();
            }
        }
        out.flush();
    }

    /** Returns the response line for one request line, or null when nothing is to be sent (notifications). */
    public static String answer(String line) {
        String id = null;
        String method = null;
        int params = -1;
        try {
            Cursor c = new Cursor(line, 0);
            c.expect('{');
            if (!c.peekIs('}')) {
                do {
                    String key = c.string();
                    c.expect(':');
                    c.skipWs();
                    int start = c.pos;
                    if ("id".equals(key)) {
                        c.skipValue();
                        id = line.substring(start, c.pos);
                    } else if ("method".equals(key)) {
                        method = c.string();
                    } else {
                        if ("params".equals(key)) {
                            params = start;
                        }
                        c.skipValue();
                    }
                } while (c.nextMember());
            }
        } catch (RuntimeException e) {
            return error("null", -32700, "Parse error");
        }
        if (method == null) {
            return id == null ? null : error(id, -32600, "Invalid Request");
        }
        if (id == null) {
            return null; // notifications (notifications/initialized, cancelled, ...) get no reply
        }
        try {
            switch (method) {
                case "initialize":
                    return result(id, "{\"protocolVersion\":\"" + version(line, params)
                            + "\",\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"floor\",\"version\":\"1\"}}");
                case "ping":
                    return result(id, "{}");
                case "tools/list":
                    return result(id, TOOLS);
                case "tools/call":
                    return call(line, params, id);
                default:
                    return error(id, -32601, "Method not found");
            }
        } catch (RuntimeException e) {
            return error(id, -32602, "Invalid params");
        }
    }

    private static String call(String line, int params, String id) {
        if (params < 0 || !"echo".equals(stringMember(line, params, "name"))) {
            return error(id, -32602, "Unknown tool");
        }
        int arguments = member(line, params, "arguments");
        String message = arguments < 0 ? null : stringMember(line, arguments, "message");
        if (message == null) {
            return result(id, "{\"content\":[{\"type\":\"text\",\"text\":\"message is required\"}],\"isError\":true}");
        }
        return result(id, "{\"content\":[{\"type\":\"text\",\"text\":" + quote(message) + "}]}");
    }

    private static String version(String line, int params) {
        String requested = params < 0 ? null : stringMember(line, params, "protocolVersion");
        for (String v : PROTOCOL_VERSIONS) {
            if (v.equals(requested)) {
                return v;
            }
        }
        return PROTOCOL_VERSIONS[0];
    }

    private static String result(String id, String result) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}";
    }

    private static String error(String id, int code, String message) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}";
    }

    /** The index where the value of {@code key} starts in the object at {@code object}, or -1. */
    private static int member(String s, int object, String key) {
        Cursor c = new Cursor(s, object);
        c.skipWs();
        if (!c.peekIs('{')) {
            return -1;
        }
        c.expect('{');
        if (c.peekIs('}')) {
            return -1;
        }
        do {
            String k = c.string();
            c.expect(':');
            c.skipWs();
            if (key.equals(k)) {
                return c.pos;
            }
            c.skipValue();
        } while (c.nextMember());
        return -1;
    }

    private static String stringMember(String s, int object, String key) {
        int at = member(s, object, key);
        if (at < 0 || s.charAt(at) != '"') {
            return null;
        }
        return new Cursor(s, at).string();
    }

    static String quote(String s) {
        StringBuilder b = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\' || ch < 0x20) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append('"');
                }
                b.append(s, from, i);
                from = i + 1;
                switch (ch) {
                    case '"': b.append("\\\""); break;
                    case '\\': b.append("\\\\"); break;
                    case '\n': b.append("\\n"); break;
                    case '\r': b.append("\\r"); break;
                    case '\t': b.append("\\t"); break;
                    default:
                        b.append("\\u00").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 15, 16));
                }
            }
        }
        if (b == null) {
            return "\"" + s + "\"";
        }
        return b.append(s, from, s.length()).append('"').toString();
    }

    /** Just enough of a JSON scanner: top-level members, strings decoded, other values skipped. */
    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        void skipWs() {
            while (pos < s.length()) {
                char ch = s.charAt(pos);
                if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
                    return;
                }
                pos++;
            }
        }

        boolean peekIs(char ch) {
            skipWs();
            return pos < s.length() && s.charAt(pos) == ch;
        }

        void expect(char ch) {
            skipWs();
            if (s.charAt(pos) != ch) {
                throw new IllegalArgumentException("expected " + ch);
            }
            pos++;
        }

        /** After a member: true at ',' (more follow), false at '}'. */
        boolean nextMember() {
            skipWs();
            char ch = s.charAt(pos++);
            if (ch == ',') {
                return true;
            }
            if (ch == '}') {
                return false;
            }
            throw new IllegalArgumentException("expected , or }");
        }

        String string() {
            expect('"');
            int start = pos;
            while (true) {
                char ch = s.charAt(pos);
                if (ch == '"') {
                    return s.substring(start, pos++);
                }
                if (ch == '\\') {
                    break;
                }
                pos++;
            }
            StringBuilder b = new StringBuilder(s.length() - start).append(s, start, pos);
            while (true) {
                char ch = s.charAt(pos++);
                if (ch == '"') {
                    return b.toString();
                }
                if (ch != '\\') {
                    b.append(ch);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u':
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                        break;
                    case '"': case '\\': case '/': b.append(e); break;
                    default: throw new IllegalArgumentException("bad escape");
                }
            }
        }

        void skipValue() {
            skipWs();
            char ch = s.charAt(pos);
            if (ch == '"') {
                skipString();
            } else if (ch == '{' || ch == '[') {
                int depth = 0;
                do {
                    ch = s.charAt(pos);
                    if (ch == '"') {
                        skipString();
                        continue;
                    }
                    if (ch == '{' || ch == '[') {
                        depth++;
                    } else if (ch == '}' || ch == ']') {
                        depth--;
                    }
                    pos++;
                } while (depth > 0);
            } else {
                int start = pos;
                while (pos < s.length() && ",}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
                    pos++;
                }
                if (pos == start) {
                    throw new IllegalArgumentException("value expected");
                }
            }
        }

        private void skipString() {
            pos++;
            while (true) {
                char ch = s.charAt(pos++);
                if (ch == '"') {
                    return;
                }
                if (ch == '\\') {
                    pos++;
                }
            }
        }
    }
}
