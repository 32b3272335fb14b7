package dev.mcpkit.maven.core.mcp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON-RPC messages both clients send, built as Jackson trees. */
final class JsonRpcMessages {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonRpcMessages() {
    }

    /** A request ({@code id} set) or a notification ({@code id} null); {@code params} null for none. */
    static ObjectNode message(Long id, String method, JsonNode params) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("jsonrpc", "2.0");
        if (id != null) {
            message.put("id", id);
        }
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return message;
    }

    /** The params of {@code initialize}: the protocol version, no capabilities, and the plugin as client. */
    static ObjectNode initializeParams(String clientName) {
        ObjectNode params = MAPPER.createObjectNode();
        params.put("protocolVersion", McpClient.PROTOCOL_VERSION);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", clientName).put("version", PluginVersion.current());
        return params;
    }

    /** The params of a stateless {@code server/discover}: {@code _meta} with the version, no capabilities, the plugin as client. */
    static ObjectNode discoverParams(String clientName) {
        ObjectNode params = MAPPER.createObjectNode();
        ObjectNode meta = params.putObject("_meta");
        meta.put("io.modelcontextprotocol/protocolVersion", McpClient.STATELESS_VERSION);
        meta.putObject("io.modelcontextprotocol/clientCapabilities");
        meta.putObject("io.modelcontextprotocol/clientInfo").put("name", clientName).put("version", PluginVersion.current());
        return params;
    }

    /** The answer to a request from the server: {@code ping} succeeds, anything else is not supported. */
    static ObjectNode answerTo(JsonNode request) {
        ObjectNode reply = MAPPER.createObjectNode();
        reply.put("jsonrpc", "2.0").set("id", request.get("id"));
        if ("ping".equals(request.path("method").asString(""))) {
            reply.putObject("result");
        } else {
            reply.putObject("error").put("code", -32601).put("message", "not supported by mcp-maven-plugin");
        }
        return reply;
    }

    /** A line of text for an error message: at most 200 characters. */
    static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
