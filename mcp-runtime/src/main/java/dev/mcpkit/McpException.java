package dev.mcpkit;

/**
 * A protocol-level failure: the request ends with a JSON-RPC error carrying {@link #code()},
 * the message and optional {@link #data()} instead of a result.
 */
public class McpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Invalid JSON was received. */
    public static final int PARSE_ERROR = -32700;
    /** The message is not a valid JSON-RPC request. */
    public static final int INVALID_REQUEST = -32600;
    /** The method does not exist or is not available. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** Invalid method parameters. */
    public static final int INVALID_PARAMS = -32602;
    /** Internal JSON-RPC error. */
    public static final int INTERNAL_ERROR = -32603;
    /** The requested resource does not exist (MCP 2025-11-25; 2026-07-28 answers {@link #INVALID_PARAMS}). */
    public static final int RESOURCE_NOT_FOUND = -32002;
    /** An HTTP header disagrees with the request's body, or one the request needs is missing (MCP 2026-07-28). */
    public static final int HEADER_MISMATCH = -32020;
    /** The request needs a client capability the client did not declare (MCP 2026-07-28). */
    public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** The request names a protocol version the server does not serve that way (MCP 2026-07-28). */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private final int code;
    private final transient Object data;

    public McpException(int code, String message) {
        this(code, message, null);
    }

    /**
     * @param data extra information for the client: a String, Number, Boolean, List or Map of those, or null
     */
    public McpException(int code, String message, Object data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    public Object data() {
        return data;
    }

    public static McpException invalidParams(String message) {
        return new McpException(INVALID_PARAMS, message);
    }

    public static McpException methodNotFound(String message) {
        return new McpException(METHOD_NOT_FOUND, message);
    }

    public static McpException resourceNotFound(String uri) {
        String shown = uri.length() <= 2048 ? uri : uri.substring(0, 2045) + "...";   // the answer stays small whatever was asked
        return new McpException(RESOURCE_NOT_FOUND, "Resource not found: " + shown, java.util.Map.of("uri", shown));
    }
}
