package dev.mcpkit.protocol;

/**
 * Tunables of a session.
 *
 * @param pageSize items per page of the list methods
 * @param clientRequestTimeoutMillis how long a tool waits for the client to answer elicitation, sampling or roots
 * @param hooks what the server checks and records around tool calls (settings, audit)
 */
public record SessionOptions(int pageSize, long clientRequestTimeoutMillis, CallHooks hooks) {
}
