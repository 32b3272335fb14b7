package dev.mcpkit.model;

/**
 * A mistake in how a server declares its tools, resources, prompts or completions (a static tool
 * method, an invalid name, a parameter without a name at run time...). The message names the
 * method and the rule; the server reports it at start-up and does not serve.
 */
public final class DeclarationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DeclarationException(String message) {
        super(message);
    }

    public DeclarationException(String message, Throwable cause) {
        super(message, cause);
    }
}
