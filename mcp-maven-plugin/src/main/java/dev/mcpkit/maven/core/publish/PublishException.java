package dev.mcpkit.maven.core.publish;

/** A release that cannot go out as asked; the message says why and how to fix it, and never holds a secret. */
public class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}
