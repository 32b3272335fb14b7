package dev.mcpkit.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts an MCP server exactly as a client configuration says (command, args, env of one entry of
 * {@code mcpServers}), speaks MCP over its stdio — initialize, tools/list, one tools/call — and checks that
 * every line the server wrote to stdout is a JSON-RPC message. Dependency-free, so the quick start runs it
 * as {@code java StdioCheck.java <config.json> <server> <tool> <arguments-json>}.
 */
public final class StdioCheck {

    private static final String PROTOCOL_VERSION = "2025-11-25";
    private static final long TIMEOUT_SECONDS = 30;

    private StdioCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java StdioCheck.java <client-config.json> <server-name> <tool> <arguments-json>");
            System.exit(2);
        }
        try {
            for (String line : check(Path.of(args[0]), args[1], args[2], args[3])) {
                System.out.println(line);
            }
        } catch (CheckFailure e) {
            System.err.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the check; returns a short report, one line per step. */
    @SuppressWarnings("unchecked")
    public static List<String> check(Path clientConfig, String serverName, String tool, String argumentsJson)
            throws IOException, InterruptedException {
        // Maven 3.8.7 (Debian) writes colour resets even with -B -q: keep only the JSON
        String text = Files.readString(clientConfig).replaceAll("\u001b\\[[0-9;]*m", "").trim();
        Map<String, Object> config = (Map<String, Object>) MiniJson.parse(text);
        Map<String, Object> servers = (Map<String, Object>) config.get("mcpServers");
        if (servers == null || !(servers.get(serverName) instanceof Map)) {
            throw new CheckFailure(clientConfig + " has no mcpServers entry '" + serverName + "'");
        }
        Map<String, Object> entry = (Map<String, Object>) servers.get(serverName);
        List<String> command = new ArrayList<>();
        command.add((String) entry.get("command"));
        for (Object arg : (List<Object>) entry.getOrDefault("args", List.of())) {
            command.add((String) arg);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, Object> env = (Map<String, Object>) entry.getOrDefault("env", Map.of());
        for (Map.Entry<String, Object> e : env.entrySet()) {
            // a client expands ${VAR} from its own environment; an unset one stays a placeholder, as in Claude Desktop
            String value = String.valueOf(e.getValue());
            if (value.startsWith("${") && value.endsWith("}") && System.getenv(value.substring(2, value.length() - 1)) != null) {
                value = System.getenv(value.substring(2, value.length() - 1));
            }
            builder.environment().put(e.getKey(), value);
        }
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        List<String> report = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = process.getOutputStream()) {
            Session session = new Session(out, in);
            Map<String, Object> init = session.request(1, "initialize", "{\"protocolVersion\":\"" + PROTOCOL_VERSION
                    + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"mcpkit-stdio-check\",\"version\":\"1\"}}");
            Map<String, Object> info = (Map<String, Object>) init.get("serverInfo");
            report.add("initialize      -> " + info.get("name") + " " + info.get("version") + " (protocol " + init.get("protocolVersion") + ")");
            session.notify("notifications/initialized");
            List<String> names = new ArrayList<>();
            for (Object t : (List<Object>) session.request(2, "tools/list", "{}").get("tools")) {
                names.add((String) ((Map<String, Object>) t).get("name"));
            }
            report.add("tools/list      -> " + String.join(", ", names));
            Map<String, Object> call = session.request(3, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}");
            if (Boolean.TRUE.equals(call.get("isError"))) {
                throw new CheckFailure("tools/call " + tool + " returned an error: " + call.get("content"));
            }
            Object resultText = ((Map<String, Object>) ((List<Object>) call.get("content")).get(0)).get("text");
            report.add("tools/call " + tool + " -> " + resultText);
            in.close();
            // after stdin closes the server exits; anything it still writes to stdout must be protocol too
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                session.checkLine(line);
            }
            report.add("stdout          -> " + session.lines + " lines, every one a JSON-RPC message");
        } finally {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                report.add("server did not exit after stdin closed; killed");
            }
        }
        return report;
    }

    /** One client session over the server's stdio. */
    private static final class Session {
        private final BufferedReader out;
        private final OutputStream in;
        int lines;

        Session(BufferedReader out, OutputStream in) {
            this.out = out;
            this.in = in;
        }

        void notify(String method) throws IOException {
            send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> request(int id, String method, String params) throws IOException {
            send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Map<String, Object> message = checkLine(line);
                Object messageId = message.get("id");
                if (messageId instanceof Number && ((Number) messageId).intValue() == id && !message.containsKey("method")) {
                    if (message.get("error") != null) {
                        throw new CheckFailure(method + " failed: " + message.get("error"));
                    }
                    return (Map<String, Object>) message.get("result");
                }
            }
            throw new CheckFailure("the server closed stdout before answering " + method);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> checkLine(String line) {
            lines++;
            Object parsed;
            try {
                parsed = MiniJson.parse(line);
            } catch (IllegalArgumentException e) {
                throw new CheckFailure("stdout line " + lines + " is not JSON (" + e.getMessage() + "): " + line);
            }
            if (!(parsed instanceof Map) || !"2.0".equals(((Map<String, Object>) parsed).get("jsonrpc"))) {
                throw new CheckFailure("stdout line " + lines + " is not a JSON-RPC message: " + line);
            }
            return (Map<String, Object>) parsed;
        }

        private void send(String message) throws IOException {
            in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
    }

    /** A failed check, with what went wrong. */
    static final class CheckFailure extends RuntimeException {
        CheckFailure(String message) {
            super(message);
        }
    }

    /** Just enough JSON to read a client configuration and JSON-RPC messages. */
    static final class MiniJson {
        private final String s;
        private int i;

        private MiniJson(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            MiniJson p = new MiniJson(text);
            Object value = p.value();
            p.space();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + p.i);
            }
            return value;
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (peek('}')) {
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                } while (peek(','));
                expect('}');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (peek(']')) {
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (peek(','));
                expect(']');
                return list;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
            return Double.valueOf(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                        default: b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            expect('"');
            return b.toString();
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
