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
 */
public record HttpOptions(String host, int port, String path, int maxMessageBytes, Duration idleTimeout) {

    public static final String DEFAULT_PATH = "/mcp";
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
}
