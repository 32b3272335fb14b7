package dev.mcpkit.json;

/** Malformed JSON text, or a value that cannot be written as JSON. */
public sealed class JsonException extends RuntimeException permits JsonLimitException {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message, null, false, false);
    }
}
