package dev.mcpkit.config;

/** A value that does not have its setting's type; the message says what was expected and, for non-secrets, what was found. */
public final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConversionException(String message) {
        super(message);
    }
}
