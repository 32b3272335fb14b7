package dev.mcpkit.bench;

import java.util.List;
import java.util.Map;

/** The requests the driver sends and the checks it applies to every response. */
final class McpMessages {

    static final String PROTOCOL_VERSION = "2025-11-25";

    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private McpMessages() {
    }

    static String initialize(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + PROTOCOL_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"mcpkit-bench\",\"version\":\"1\"}}}";
    }

    static String toolsList(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}";
    }

    /** A tools/call of {@code echo} whose message names the id, so a response answered with the wrong text shows. */
    static String echoCall(long id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"message\":\"h\u00e9llo \\\"mcp\\\" \\\\ #" + id + "\"}}}";
    }

    /** The text {@link #echoCall(long)} asks the server to echo: quotes, a backslash and non-ASCII included. */
    static String echoText(long id) {
        return "h\u00e9llo \"mcp\" \\ #" + id;
    }

    /** Parses a line from the server; throws {@link BadResponse} when it is not a JSON-RPC 2.0 object. */
    static Map<String, Object> parse(String line) {
        Object value;
        try {
            value = JsonReader.parse(line);
        } catch (IllegalArgumentException e) {
            throw new BadResponse("not JSON (" + e.getMessage() + "): " + shorten(line));
        }
        if (!(value instanceof Map)) {
            throw new BadResponse("not a JSON object: " + shorten(line));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) value;
        if (!"2.0".equals(message.get("jsonrpc"))) {
            throw new BadResponse("\"jsonrpc\" is not \"2.0\": " + shorten(line));
        }
        return message;
    }

    /** True for a message that needs no answer and is not a response (a notification from the server). */
    static boolean isNotification(Map<String, Object> message) {
        return message.containsKey("method") && !message.containsKey("id");
    }

    /** The integer id of a response; throws {@link BadResponse} for server requests and non-integer ids. */
    static long responseId(Map<String, Object> message) {
        if (message.containsKey("method")) {
            throw new BadResponse("unexpected request from the server: " + message.get("method"));
        }
        Object id = message.get("id");
        if (!(id instanceof Long)) {
            throw new BadResponse("response id is not an integer: " + id);
        }
        if (message.containsKey("result") == message.containsKey("error")) {
            throw new BadResponse("response must have exactly one of result and error (id " + id + ")");
        }
        return (Long) id;
    }

    /** Null when {@code message} is the correct echo result for {@code id}, else what is wrong with it. */
    static String echoProblem(Map<String, Object> message, long id) {
        Object result = message.get("result");
        if (!(result instanceof Map)) {
            return "id " + id + ": no result: " + message.get("error");
        }
        Map<?, ?> r = (Map<?, ?>) result;
        if (Boolean.TRUE.equals(r.get("isError"))) {
            return "id " + id + ": tool error: " + r.get("content");
        }
        Object content = r.get("content");
        if (!(content instanceof List) || ((List<?>) content).isEmpty() || !(((List<?>) content).get(0) instanceof Map)) {
            return "id " + id + ": result has no content";
        }
        Map<?, ?> first = (Map<?, ?>) ((List<?>) content).get(0);
        if (!"text".equals(first.get("type")) || !echoText(id).equals(first.get("text"))) {
            return "id " + id + ": wrong content " + first;
        }
        return null;
    }

    /** Checks an initialize result: protocol version and server info. */
    static void checkInitialize(Map<String, Object> message, long id) {
        if (responseId(message) != id) {
            throw new BadResponse("initialize answered with id " + message.get("id") + ", expected " + id);
        }
        Object result = message.get("result");
        if (!(result instanceof Map) || !(((Map<?, ?>) result).get("protocolVersion") instanceof String)
                || !(((Map<?, ?>) result).get("serverInfo") instanceof Map)) {
            throw new BadResponse("initialize result lacks protocolVersion or serverInfo: " + message);
        }
    }

    /** Checks that tools/list names an {@code echo} tool. */
    static void checkToolsList(Map<String, Object> message, long id) {
        if (responseId(message) != id) {
            throw new BadResponse("tools/list answered with id " + message.get("id") + ", expected " + id);
        }
        Object result = message.get("result");
        Object tools = result instanceof Map ? ((Map<?, ?>) result).get("tools") : null;
        if (tools instanceof List) {
            for (Object tool : (List<?>) tools) {
                if (tool instanceof Map && "echo".equals(((Map<?, ?>) tool).get("name"))) {
                    return;
                }
            }
        }
        throw new BadResponse("tools/list has no echo tool: " + shorten(String.valueOf(result)));
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** A response that breaks the protocol or the echo contract. */
    static final class BadResponse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadResponse(String message) {
            super(message);
        }
    }
}
