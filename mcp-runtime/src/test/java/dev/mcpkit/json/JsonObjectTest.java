package dev.mcpkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

    @Test
    void behavesLikeAnInsertionOrderedMap() {
        JsonObject o = new JsonObject(1);
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            o.put("k" + i, i);
            expected.put("k" + i, i);
        }
        o.put("k3", "replaced");
        expected.put("k3", "replaced");
        o.remove("k10");
        expected.remove("k10");
        o.put("nil", null);
        expected.put("nil", null);
        assertThat(o).isEqualTo(expected);
        assertThat(o.hashCode()).isEqualTo(expected.hashCode());
        assertThat(o.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(o.containsKey("nil")).isTrue();
        assertThat(o.get("k39")).isEqualTo(39);
        assertThat(o.get("k10")).isNull();
    }

    @Test
    void iteratorRemovesAndEntriesWriteThrough() {
        JsonObject o = new JsonObject();
        o.put("a", 1);
        o.put("b", 2);
        o.put("c", 3);
        Iterator<Map.Entry<String, Object>> it = o.entrySet().iterator();
        it.next().setValue(10);
        it.next();
        it.remove();
        assertThat(o).containsExactly(Map.entry("a", 10), Map.entry("c", 3));
        assertThat(Json.write(o)).isEqualTo("{\"a\":10,\"c\":3}");
    }

    @Test
    void nullKeysAreRejected() {
        assertThatThrownBy(() -> new JsonObject().put(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
