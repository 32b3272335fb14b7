package dev.mcpkit.protocol;

import dev.mcpkit.model.ToolExposure;

/**
 * Tunables of a session.
 *
 * @param pageSize items per page of the list methods
 * @param clientRequestTimeoutMillis how long a tool waits for the client to answer elicitation, sampling or roots
 * @param hooks what the server checks and records around tool calls (settings, audit)
 * @param exposure which tools a session starts out seeing
 * @param seal seals the state a stateless request that asks its client for input gives the client to send back
 */
public record SessionOptions(int pageSize, long clientRequestTimeoutMillis, CallHooks hooks, ToolExposure exposure, Seal seal) {

    /** Every tool exposed. */
    public SessionOptions(int pageSize, long clientRequestTimeoutMillis, CallHooks hooks) {
        this(pageSize, clientRequestTimeoutMillis, hooks, ToolExposure.ALL, Seal.random());
    }
}
