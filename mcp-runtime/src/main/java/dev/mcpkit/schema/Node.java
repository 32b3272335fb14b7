package dev.mcpkit.schema;

/** A compiled (sub)schema: its keywords, checked in order. */
final class Node {

    Keyword[] keywords = new Keyword[0];

    void check(Object value, Pointer at, Errors errors) {
        for (Keyword k : keywords) {
            k.check(value, at, errors);
        }
    }

    boolean matches(Object value, Pointer at) {
        Errors errors = new Errors();
        check(value, at, errors);
        return errors.isEmpty();
    }
}
