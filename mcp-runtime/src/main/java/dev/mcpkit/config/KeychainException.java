package dev.mcpkit.config;

/** A keychain that could not store or delete an entry; the message never holds the value. */
public final class KeychainException extends Exception {

    private static final long serialVersionUID = 1L;

    public KeychainException(String message) {
        super(message);
    }
}
