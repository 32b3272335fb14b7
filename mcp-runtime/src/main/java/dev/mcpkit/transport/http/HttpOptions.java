package dev.mcpkit.transport.http;

import java.time.Duration;

/**
 * Where a server listens for Streamable HTTP and what it takes.
 *
 * @param host            the address to bind; a loopback address (the default) also limits the {@code Host} header to
 *                        loopback names, against DNS rebinding
 * @param port            the port; 0 picks a free one (the server prints the address it serves)
 * @param path            the one endpoint, {@code /mcp}
 * @param maxMessageBytes the largest request body taken; a larger one is answered 413
 * @param idleTimeout     a session with no request, no call running and no GET stream for this long ends (its id then
 *                        answers 404, and the client initializes again)
 * @param writeTimeout    a write to a client that has not finished after this long ends that client's connection: a
 *                        client that stops reading holds nothing of the server's for longer
 * @param maxSessions     sessions open at once; an {@code initialize} beyond them is answered 503
 * @param sessionKey      the key that seals session ids so that every instance holding it takes up the sessions of the
 *                        others ({@link dev.mcpkit.protocol.Seal}); null: random ids, each session lives in this process only
 */
public record HttpOptions(String host, int port, String path, int maxMessageBytes, Duration idleTimeout, Duration writeTimeout,
        int maxSessions, byte[] sessionKey) {

    public static final String DEFAULT_PATH = "/mcp";
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_SESSIONS = 10_000;
}
