package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import java.util.Map;

/** Builds JSON-RPC 2.0 messages as single-line JSON text. */
public final class JsonRpc {

    private JsonRpc() {
    }

    public static String result(Object id, Object result) {
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"result\":");
        Json.write(result, sb);
        return sb.append('}').toString();
    }

    public static String error(Object id, int code, String message, Object data) {
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"error\":");
        Json.write(Json.object("code", code, "message", message, "data", data), sb);
        return sb.append('}').toString();
    }

    public static String notification(String method, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"jsonrpc\":\"2.0\",\"method\":");
        Json.write(method, sb);
        if (params != null) {
            sb.append(",\"params\":");
            Json.write(params, sb);
        }
        return sb.append('}').toString();
    }

    public static String request(Object id, String method, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(96);
        sb.append("{\"jsonrpc\":\"2.0\",\"id\":");
        Json.write(id, sb);
        sb.append(",\"method\":");
        Json.write(method, sb);
        if (params != null) {
            sb.append(",\"params\":");
            Json.write(params, sb);
        }
        return sb.append('}').toString();
    }

    /** True for a valid request id: a string or an integer. */
    public static boolean isValidId(Object id) {
        return id instanceof String || id instanceof Long || id instanceof java.math.BigInteger;
    }
}
