package dev.mcpkit.schema;

import java.util.List;

/** A schema compiled once (per tool) and used to validate many values; thread-safe. */
public final class CompiledSchema {

    private final Node root;

    CompiledSchema(Node root) {
        this.root = root;
    }

    /** The ways the value breaks the schema; empty when it is valid. */
    public List<ValidationError> validate(Object value) {
        Errors errors = new Errors();
        root.check(value, Pointer.ROOT, errors);
        return errors.list();
    }

    /** Whether the value is valid. */
    public boolean isValid(Object value) {
        return root.matches(value, Pointer.ROOT);
    }
}
