package dev.mcpkit.schema;

/** {@code $ref} to a place in the same document ({@code #/$defs/Node}); resolved after compiling. */
final class RefKeyword implements Keyword {

    final String ref;
    Node target;

    RefKeyword(String ref) {
        this.ref = ref;
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        target.check(value, at, errors);
    }
}
