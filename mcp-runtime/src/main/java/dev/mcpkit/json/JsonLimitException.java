package dev.mcpkit.json;

/**
 * Well-formed JSON holding a number beyond the reader's limits ({@link Json#MAX_NUMBER_LENGTH},
 * {@link Json#MAX_EXPONENT}): the text is valid, the value cannot be used.
 */
public final class JsonLimitException extends JsonException {

    private static final long serialVersionUID = 1L;

    public JsonLimitException(String message) {
        super(message);
    }
}
