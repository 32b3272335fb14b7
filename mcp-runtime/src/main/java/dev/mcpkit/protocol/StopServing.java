package dev.mcpkit.protocol;

/**
 * The one failure that ends serving: the server itself cannot go on (for example its settings are
 * declared wrongly). Whatever else goes wrong while a message is handled is answered as an error
 * for that message, and serving goes on.
 */
public class StopServing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StopServing(String message, Throwable cause) {
        super(message, cause);
    }
}
