package dev.mcpkit.protocol;

import dev.mcpkit.Caller;
import dev.mcpkit.model.ToolDefinition;
import java.util.Map;

/** What the server checks and records around tool calls: missing settings, the audit log. */
public interface CallHooks {

    /** Called once the client has its answer to {@code initialize}: time for work that must not delay it. */
    default void initialized(Session session) {
    }

    /** A message naming what the tool is missing and how to fix it, or null when it may run. */
    default String missingRequirements(ToolDefinition tool) {
        return null;
    }

    /**
     * Called after each tool call. {@code outcome} is ok, tool_error, protocol_error, cancelled, input_required (a
     * stateless request asked its client for input: it comes again with the answers) or failed; {@code caller}
     * is who made it (HTTP with authorization on), or null.
     */
    default void toolCalled(Session session, Object requestId, Caller caller, String tool, Map<String, Object> arguments, String outcome,
                            long durationNanos) {
    }

    /** The text with the value of every secret setting replaced by {@code ****}: for logs of unexpected failures. */
    default String maskSecrets(String text) {
        return text;
    }

    /** Called when a request is rejected (invalid message, unknown method, bad params). */
    default void requestRejected(Session session, Object requestId, String method, int code, String message) {
    }
}
