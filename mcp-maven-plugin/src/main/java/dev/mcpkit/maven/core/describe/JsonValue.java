package dev.mcpkit.maven.core.describe;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** An immutable JSON value (schemas, annotations): Jackson nodes are mutable, so callers get copies. */
public final class JsonValue {

    private final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    public static JsonValue of(JsonNode node) {
        return new JsonValue(node == null || node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node.deepCopy());
    }

    public static JsonValue absent() {
        return new JsonValue(JsonNodeFactory.instance.nullNode());
    }

    public boolean isPresent() {
        return !node.isNull();
    }

    public JsonNode toNode() {
        return node.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonValue other && node.equals(other.node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
