package dev.mcpkit.protocol;

import dev.mcpkit.model.ToolDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tool arguments a {@code tools/call} repeats as HTTP headers (MCP 2026-07-28): those whose schema names one
 * ({@code "x-mcp-header": "Region"} is sent as {@code Mcp-Param-Region}), when the call gives them.
 */
public final class ArgumentHeaders {

    private ArgumentHeaders() {
    }

    /** The headers {@code message} must carry, by name, each with the argument value it repeats; empty for other requests. */
    public static Map<String, Object> expected(Session session, Map<String, Object> message) {
        Map<String, Object> expected = new LinkedHashMap<>();
        Object params = message.get("params");
        if (!"tools/call".equals(message.get("method")) || !(params instanceof Map)) {
            return expected;
        }
        Object name = ((Map<?, ?>) params).get("name");
        Object arguments = ((Map<?, ?>) params).get("arguments");
        ToolDefinition tool = name instanceof String ? session.model().tool((String) name) : null;
        Object schema = tool == null ? null : tool.descriptor().get("inputSchema");
        Object properties = schema instanceof Map ? ((Map<?, ?>) schema).get("properties") : null;
        if (!(properties instanceof Map) || !(arguments instanceof Map)) {
            return expected;
        }
        for (Map.Entry<?, ?> property : ((Map<?, ?>) properties).entrySet()) {
            Object header = property.getValue() instanceof Map ? ((Map<?, ?>) property.getValue()).get("x-mcp-header") : null;
            Object value = ((Map<?, ?>) arguments).get(property.getKey());
            if (header instanceof String && value != null) {
                expected.put("Mcp-Param-" + header, value);
            }
        }
        return expected;
    }
}
