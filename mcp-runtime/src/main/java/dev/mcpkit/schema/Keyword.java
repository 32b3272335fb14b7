package dev.mcpkit.schema;

/** One compiled schema keyword (or a group of related ones) checking a JSON value. */
interface Keyword {

    void check(Object value, Pointer at, Errors errors);
}
