package dev.mcpkit.assembly;

import dev.mcpkit.transport.http.HttpOptions;
import java.time.Duration;

/**
 * What a server's author changed of the Streamable HTTP transport's limits; null (or 0) leaves the transport's default.
 * Kept apart from {@link HttpOptions} so that a stdio server never loads a class of the HTTP transport.
 */
record HttpLimits(Duration sessionIdleTimeout, Duration writeTimeout, int maxSessions) {

    static final HttpLimits DEFAULTS = new HttpLimits(null, null, 0);

    HttpLimits withSessionIdleTimeout(Duration timeout) {
        return new HttpLimits(timeout, writeTimeout, maxSessions);
    }

    HttpLimits withWriteTimeout(Duration timeout) {
        return new HttpLimits(sessionIdleTimeout, timeout, maxSessions);
    }

    HttpLimits withMaxSessions(int sessions) {
        return new HttpLimits(sessionIdleTimeout, writeTimeout, sessions);
    }

    /** The transport's options for serving on {@code host:port}; {@code sessionKey} as {@link HttpOptions} has it. */
    HttpOptions options(String host, int port, int maxMessageBytes, byte[] sessionKey) {
        return new HttpOptions(host, port, HttpOptions.DEFAULT_PATH, maxMessageBytes,
                sessionIdleTimeout != null ? sessionIdleTimeout : HttpOptions.DEFAULT_IDLE_TIMEOUT,
                writeTimeout != null ? writeTimeout : HttpOptions.DEFAULT_WRITE_TIMEOUT,
                maxSessions > 0 ? maxSessions : HttpOptions.DEFAULT_MAX_SESSIONS, sessionKey);
    }
}
