package dev.mcpkit.protocol;

import dev.mcpkit.LogLevel;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import java.util.Map;

/**
 * What a request of MCP 2026-07-28 says about its client in {@code params._meta}: the protocol version and the
 * client's capabilities (both required), its name and version, and the log level it wants messages at (none: no
 * messages). A stateless server knows its client from this alone.
 */
public final class RequestMeta {

    private static final String PREFIX = "io.modelcontextprotocol/";
    public static final String PROTOCOL_VERSION = PREFIX + "protocolVersion";
    static final String CLIENT_CAPABILITIES = PREFIX + "clientCapabilities";
    static final String CLIENT_INFO = PREFIX + "clientInfo";
    static final String LOG_LEVEL = PREFIX + "logLevel";
    static final String SERVER_INFO = PREFIX + "serverInfo";
    static final String SUBSCRIPTION_ID = PREFIX + "subscriptionId";

    private final String version;
    private final Map<String, Object> capabilities;
    private final String clientName;
    private final String clientVersion;
    private final LogLevel logLevel;

    private RequestMeta(String version, Map<String, Object> capabilities, String clientName, String clientVersion, LogLevel logLevel) {
        this.version = version;
        this.capabilities = capabilities;
        this.clientName = clientName;
        this.clientVersion = clientVersion;
        this.logLevel = logLevel;
    }

    /** The protocol version the request's {@code _meta} names, or null when it names none. */
    public static String versionIn(Object params) {
        Object version = meta(params).get(PROTOCOL_VERSION);
        return version instanceof String ? (String) version : null;
    }

    /** Whether the request's {@code _meta} names a protocol version: then it is served by the stateless rules. */
    static boolean declaresVersion(Map<String, Object> params) {
        return meta(params).containsKey(PROTOCOL_VERSION);
    }

    /**
     * The request's {@code _meta}, checked: -32602 when the version or the capabilities are missing or malformed,
     * -32022 (with the versions served and the one requested) when the version is not served statelessly.
     */
    static RequestMeta of(Map<String, Object> params) {
        Map<?, ?> meta = meta(params);
        Object version = meta.get(PROTOCOL_VERSION);
        if (version == null) {
            throw McpException.invalidParams("Invalid params: send \"initialize\" first (and over HTTP then the Mcp-Session-Id it"
                    + " returns with each request), or, as a client of MCP " + ProtocolVersions.STATELESS + ", name the protocol"
                    + " version in params._meta \"" + PROTOCOL_VERSION + "\" with the client's capabilities");
        }
        if (!(version instanceof String)) {
            throw McpException.invalidParams("Invalid params: _meta \"" + PROTOCOL_VERSION + "\" must be a string");
        }
        Object capabilities = meta.get(CLIENT_CAPABILITIES);
        if (!(capabilities instanceof Map)) {
            throw McpException.invalidParams("Invalid params: _meta \"" + CLIENT_CAPABILITIES + "\" must be "
                    + (capabilities == null ? "given" : "an object") + " (an empty object when the client declares none)");
        }
        if (!ProtocolVersions.STATELESS_SUPPORTED.contains(version)) {
            throw new McpException(McpException.UNSUPPORTED_PROTOCOL_VERSION, "Unsupported protocol version: " + version
                    + " (this server serves " + String.join(", ", ProtocolVersions.STATELESS_SUPPORTED) + " without a handshake, and "
                    + String.join(", ", ProtocolVersions.SUPPORTED) + " after \"initialize\")",
                    Json.object("supported", ProtocolVersions.STATELESS_SUPPORTED, "requested", version));
        }
        Map<?, ?> info = meta.get(CLIENT_INFO) instanceof Map ? (Map<?, ?>) meta.get(CLIENT_INFO) : Map.of();
        Object level = meta.get(LOG_LEVEL);
        LogLevel logLevel = level instanceof String ? LogLevel.fromWireName((String) level) : null;
        if (level != null && logLevel == null) {
            throw McpException.invalidParams("Invalid params: _meta \"" + LOG_LEVEL + "\" must be one of debug, info, notice, warning,"
                    + " error, critical, alert, emergency");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> caps = (Map<String, Object>) capabilities;
        return new RequestMeta((String) version, caps, text(info.get("name")), text(info.get("version")), logLevel);
    }

    String version() {
        return version;
    }

    Map<String, Object> capabilities() {
        return capabilities;
    }

    String clientName() {
        return clientName;
    }

    String clientVersion() {
        return clientVersion;
    }

    /** The level the client wants log messages at, or null for none. */
    LogLevel logLevel() {
        return logLevel;
    }

    private static Map<?, ?> meta(Object params) {
        Object meta = params instanceof Map ? ((Map<?, ?>) params).get("_meta") : null;
        return meta instanceof Map ? (Map<?, ?>) meta : Map.of();
    }

    private static String text(Object o) {
        return o instanceof String ? (String) o : null;
    }
}
