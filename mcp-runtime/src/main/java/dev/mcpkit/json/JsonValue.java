package dev.mcpkit.json;

/** A runtime type that knows its own JSON form (a value of the {@link Json} model). */
public interface JsonValue {

    /** This value as a {@link Json} model value: a Map, List, String, Number, Boolean or null. */
    Object toJson();
}
