package dev.mcpkit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Typed views of the trees {@code dev.mcpkit.json.Json.parse} returns, asserting the shape on the way. */
final class JsonTrees {

    private JsonTrees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
