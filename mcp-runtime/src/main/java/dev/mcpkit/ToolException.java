package dev.mcpkit;

/**
 * Thrown by a tool to report a failure the model should see and may recover from: the call ends
 * with a result marked {@code isError: true} whose text is this exception's message.
 */
public class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }

    public ToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
