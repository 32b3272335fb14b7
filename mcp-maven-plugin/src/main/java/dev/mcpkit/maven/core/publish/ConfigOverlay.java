package dev.mcpkit.maven.core.publish;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project's own JReleaser configuration laid over the one built from the POM: objects merge key by key, anything
 * else (a value, a list) that the project writes replaces the built one, and {@code null} removes it.
 */
public final class ConfigOverlay {

    private ConfigOverlay() {
    }

    /** Changes and returns {@code base}. */
    public static ObjectNode merge(ObjectNode base, JsonNode overlay) {
        if (overlay == null || !overlay.isObject()) {
            return base;
        }
        for (Map.Entry<String, JsonNode> e : overlay.properties()) {
            JsonNode current = base.get(e.getKey());
            JsonNode value = e.getValue();
            if (value.isNull()) {
                base.remove(e.getKey());
            } else if (current instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else {
                base.set(e.getKey(), value.deepCopy());
            }
        }
        return base;
    }
}
