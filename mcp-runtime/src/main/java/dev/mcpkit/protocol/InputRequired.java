package dev.mcpkit.protocol;

import java.util.Map;

/**
 * Ends a stateless request that asked its client for something not answered yet: the request's result is
 * {@link #result()} ({@code input_required}). An {@link Error}, so that the {@code catch (Exception e)} of user code
 * lets it through; it carries no stack trace.
 */
final class InputRequired extends Error {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> result;

    InputRequired(Map<String, Object> result) {
        super("the request asks its client for input", null, false, false);
        this.result = result;
    }

    Map<String, Object> result() {
        return result;
    }
}
