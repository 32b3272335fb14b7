package dev.mcpkit.maven.core.mcp;

import java.io.IOException;

import dev.mcpkit.maven.core.process.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * One MCP session of the plugin's client, over stdio ({@link StdioClient}) or Streamable HTTP ({@link StreamableHttpClient}):
 * each request is answered within its deadline or fails saying why; requests from the server are answered so it never
 * waits on the plugin.
 */
public interface McpClient extends AutoCloseable {

    /** The newest protocol version this plugin negotiates with {@code initialize}; the server may answer with an older one. */
    String PROTOCOL_VERSION = "2025-11-25";
    /** The stateless protocol version this plugin asks {@code server/discover} with. */
    String STATELESS_VERSION = "2026-07-28";

    /** Why a request got no answer. */
    enum Reason { NO_ANSWER, STDOUT_CLOSED, NOT_JSON_RPC, STDIN_CLOSED, HTTP_REFUSED, UNREACHABLE }

    /** A request that got no answer; the message says why in words a build log can show. */
    final class Failure extends IOException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        public Failure(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** {@code initialize} as {@code clientName} with the plugin's version; the response, with "result" or "error". */
    JsonNode initialize(String clientName, Deadline deadline) throws Failure, InterruptedException;

    /**
     * {@code server/discover} as a stateless client of {@link #STATELESS_VERSION} would send it, before any
     * {@code initialize}: the response, with "result" (the versions the server serves) or "error" (a server of the
     * session era only).
     */
    JsonNode discover(String clientName, Deadline deadline) throws Failure, InterruptedException;

    /**
     * Sends a request and waits for the response with its id: the whole message, with "result" or "error".
     *
     * @param params null for none
     */
    JsonNode request(String method, JsonNode params, Deadline deadline) throws Failure, InterruptedException;

    /** Sends a notification, e.g. {@code notifications/initialized}. */
    void notify(String method, JsonNode params) throws Failure;

    /** What the server wrote on stderr so far when this client started it; else empty. */
    String stderr();

    /** Ends the session, and the server process when this client started it. */
    @Override
    void close();
}
