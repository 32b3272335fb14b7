package dev.mcpkit.protocol;

/**
 * Handles one MCP method. Returns the result (a {@code Map}); throws
 * {@link dev.mcpkit.McpException} for a JSON-RPC error.
 */
public interface MethodHandler {

    Object handle(Exchange exchange) throws Exception;

    /**
     * True if the handler runs user code or may wait, so it must run off the reading thread; quick
     * handlers (ping, lists) answer inline and keep latency low.
     */
    default boolean runsUserCode() {
        return false;
    }
}
