package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import java.util.Map;

/**
 * Builds JSON-RPC 2.0 messages as single-line JSON text. The text is returned in a buffer reused
 * per thread: valid until the same thread builds the next message (send it, or call toString()).
 */
public final class JsonRpc {

    private static final int MAX_REUSED_CAPACITY = 64 * 1024;
    private static final ThreadLocal<StringBuilder> BUILDER = new ThreadLocal<>();

    private JsonRpc() {
    }

    /** A cleared builder reused per thread: one fewer allocation per message on the hot path. */
    private static StringBuilder builder() {
        StringBuilder sb = BUILDER.get();
        if (sb == null || sb.capacity() > MAX_REUSED_CAPACITY) {
            sb = new StringBuilder(256);
            BUILDER.set(sb);
        }
        sb.setLength(0);
        return sb;
    }

    public static CharSequence result(Object id, Object result) {
        StringBuilder sb = builder();
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"result\":");
        Json.write(result, sb);
        return sb.append('}');
    }

    public static CharSequence error(Object id, int code, String message, Object data) {
        StringBuilder sb = builder();
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"error\":");
        Json.write(Json.object("code", code, "message", message, "data", data), sb);
        return sb.append('}');
    }

    /**
     * The error code of a response written by {@link #result} or {@link #error}, or null when it is a result: the first
     * {@code "result":} or {@code "error":} outside a string is its own, since only its id comes before it.
     */
    public static Integer errorCodeOf(CharSequence response) {
        String text = response.toString();
        int result = text.indexOf("\"result\":");
        int error = text.indexOf("\"error\":{\"code\":");
        if (error < 0 || result >= 0 && result < error) {
            return null;
        }
        int start = error + "\"error\":{\"code\":".length();
        int end = start;
        while (end < text.length() && (text.charAt(end) == '-' || Character.isDigit(text.charAt(end)))) {
            end++;
        }
        try {
            return Integer.valueOf(text.substring(start, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static CharSequence notification(String method, Map<String, Object> params) {
        StringBuilder sb = builder();
        sb.append("{\"jsonrpc\":\"2.0\",\"method\":");
        Json.write(method, sb);
        if (params != null) {
            sb.append(",\"params\":");
            Json.write(params, sb);
        }
        return sb.append('}');
    }

    public static CharSequence request(Object id, String method, Map<String, Object> params) {
        StringBuilder sb = builder();
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"method\":");
        Json.write(method, sb);
        if (params != null) {
            sb.append(",\"params\":");
            Json.write(params, sb);
        }
        return sb.append('}');
    }

    /**
     * The id of a request read from text that could not be parsed (malformed, over a limit, or
     * only the start of a message that was too large), or null when no valid id can be read.
     */
    public static Object requestIdIn(CharSequence text) {
        Object id = Json.topLevelMember(text, "id", null);
        return isValidId(id) ? id : null;
    }

    /**
     * Why {@code msg} is not a JSON-RPC 2.0 message (the text of an Invalid Request, -32600), or null when it is one:
     * a request, a notification or a response. Every transport refuses the same messages.
     */
    public static String invalid(Map<String, Object> msg) {
        if (msg.containsKey("id") && !isValidId(msg.get("id"))) {
            return "Invalid Request: id must be a string or an integer";
        }
        if (!"2.0".equals(msg.get("jsonrpc"))) {
            return "Invalid Request: \"jsonrpc\" must be \"2.0\"";
        }
        if (!isResponse(msg) && !(msg.get("method") instanceof String)) {
            return "Invalid Request: \"method\" must be a string";
        }
        return null;
    }

    /** Whether {@code msg} answers a request: an id, a result or an error, and no method. */
    public static boolean isResponse(Map<String, Object> msg) {
        return msg.get("method") == null && msg.containsKey("id") && (msg.containsKey("result") || msg.containsKey("error"));
    }

    /** True for a valid request id: a string or an integer. */
    public static boolean isValidId(Object id) {
        return id instanceof String || id instanceof Long || id instanceof java.math.BigInteger;
    }
}
