package dev.mcpkit.schema;

/** A Java type, annotation or hand-written schema that cannot be turned into a usable JSON Schema. */
public final class SchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
