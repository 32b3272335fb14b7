package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.json.Json;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueWriterTest {

    private final ValueWriter writer = new ValueWriter();

    private String json(Object value) {
        return Json.write(writer.toJson(value));
    }

    @Test
    void scalarsBecomeTheJsonModel() {
        assertThat(writer.toJson(5)).isEqualTo(5L);
        assertThat(writer.toJson((short) 5)).isEqualTo(5L);
        assertThat(writer.toJson(1.5f)).isEqualTo(1.5);
        assertThat(writer.toJson(new BigInteger("123456789012345678901234567890")))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(writer.toJson(new BigDecimal("0.10"))).isEqualTo(new BigDecimal("0.10"));
        assertThat(writer.toJson('x')).isEqualTo("x");
        assertThat(writer.toJson(new StringBuilder("sb"))).isEqualTo("sb");
        assertThat(writer.toJson(Fixtures.Unit.CELSIUS)).isEqualTo("CELSIUS");
        assertThat(writer.toJson("hi".getBytes())).isEqualTo("aGk=");
        assertThat(writer.toJson(Optional.empty())).isNull();
        assertThat(writer.toJson(OptionalInt.of(2))).isEqualTo(2L);
        assertThat(writer.toJson(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(writer.toJson(URI.create("https://example.com"))).isEqualTo("https://example.com");
        assertThat(writer.toJson(Path.of("a", "b"))).isEqualTo(Path.of("a", "b").toString());
    }

    @Test
    void javaTimeValuesAreRfc3339WithSecondsAlwaysPresent() {
        assertThat(writer.toJson(Instant.parse("2024-05-01T10:15:00Z"))).isEqualTo("2024-05-01T10:15:00Z");
        assertThat(writer.toJson(OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("2024-05-01T10:15:00+02:00");
        assertThat(writer.toJson(ZonedDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneId.of("Europe/Paris"))))
                .isEqualTo("2024-05-01T10:15:00+02:00");
        assertThat(writer.toJson(LocalDate.of(2024, 5, 1))).isEqualTo("2024-05-01");
        assertThat(writer.toJson(LocalTime.of(10, 15))).isEqualTo("10:15:00");
        assertThat(writer.toJson(OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC))).isEqualTo("10:15:00Z");
        assertThat(writer.toJson(LocalDateTime.of(2024, 5, 1, 10, 15))).isEqualTo("2024-05-01T10:15:00");
        assertThat(writer.toJson(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
    }

    @Test
    void recordsBecomeObjectsInComponentOrderLeavingOutEmptyOptionals() {
        assertThat(json(new Fixtures.Forecast("Oslo", -3.5, Fixtures.Unit.CELSIUS, Optional.empty())))
                .isEqualTo("{\"city\":\"Oslo\",\"temperature\":-3.5,\"unit\":\"CELSIUS\"}");
        assertThat(json(new Fixtures.Forecast("Oslo", 2, Fixtures.Unit.CELSIUS, Optional.of("snow"))))
                .isEqualTo("{\"city\":\"Oslo\",\"temperature\":2,\"unit\":\"CELSIUS\",\"note\":\"snow\"}");
        assertThat(json(new Fixtures.Request("Oslo", 3, null, Optional.empty())))
                .isEqualTo("{\"city\":\"Oslo\",\"days\":3}");
    }

    @Test
    void requiredNullComponentIsWrittenAsNull() {
        assertThat(json(new Fixtures.Pair<>("a", null))).isEqualTo("{\"first\":\"a\",\"second\":null}");
    }

    @Test
    void beansGoThroughGettersAndPublicFieldsLeavingOutNulls() {
        Fixtures.Person ada = new Fixtures.Person();
        ada.setName("Ada");
        ada.age = 36;
        Fixtures.Person bob = new Fixtures.Person();
        bob.setName("Bob");
        ada.setManager(bob);
        assertThat(json(ada)).isEqualTo("{\"name\":\"Ada\",\"manager\":{\"name\":\"Bob\",\"age\":0},\"age\":36}");
    }

    @Test
    void collectionsArraysAndMapsBecomeListsAndObjects() {
        assertThat(json(List.of(1, 2))).isEqualTo("[1,2]");
        assertThat(json(Set.of("only"))).isEqualTo("[\"only\"]");
        assertThat(json(new int[] {1, 2})).isEqualTo("[1,2]");
        assertThat(json(new String[][] {{"a"}, {"b", "c"}})).isEqualTo("[[\"a\"],[\"b\",\"c\"]]");
        Map<Object, Object> map = new TreeMap<>(Map.of(2, "two", 1, "one"));
        assertThat(json(map)).isEqualTo("{\"1\":\"one\",\"2\":\"two\"}");
        assertThat(json(Map.of(Fixtures.Unit.CELSIUS, List.of(Optional.of(1))))).isEqualTo("{\"CELSIUS\":[1]}");
    }

    @Test
    void jacksonTreeNodesAreWrittenAsTheJsonTheyHold() {
        tools.jackson.databind.node.ObjectNode node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("a", 1).putArray("b").add("x");
        assertThat(writer.toJson(node)).isEqualTo(Map.of("a", 1L, "b", List.of("x")));
    }

    @Test
    void cycleIsAClearErrorNotAStackOverflow() {
        Fixtures.Person ada = new Fixtures.Person();
        ada.setName("Ada");
        Fixtures.Person bob = new Fixtures.Person();
        ada.setManager(bob);
        bob.setManager(ada);
        assertThatThrownBy(() -> writer.toJson(ada)).isInstanceOf(BindingException.class)
                .hasMessage("/manager/manager: cycle: this Person refers back to an enclosing value,"
                        + " which JSON cannot represent");
        List<Object> list = new ArrayList<>();
        list.add(list);
        assertThatThrownBy(() -> writer.toJson(list)).hasMessageStartingWith("/0: cycle");
    }

    @Test
    void sharedButAcyclicValuesAreWrittenTwice() {
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("x", 1);
        assertThat(json(List.of(shared, shared))).isEqualTo("[{\"x\":1},{\"x\":1}]");
    }

    @Test
    void tooDeepNestingIsAnError() {
        List<Object> root = new ArrayList<>();
        List<Object> current = root;
        for (int i = 0; i < 300; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        assertThatThrownBy(() -> writer.toJson(root)).isInstanceOf(BindingException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void gettersThatThrowNameTheProperty() {
        assertThatThrownBy(() -> writer.toJson(new Broken())).isInstanceOf(BindingException.class)
                .hasMessageStartingWith("/value: reading value of Broken failed");
    }

    public static final class Broken {
        public String getValue() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void codecWritesValuesOfClassesItSupports() {
        ValueCodec codec = new ValueCodec() {
            @Override
            public boolean supports(Type type) {
                return type == java.net.Socket.class;
            }

            @Override
            public Object bind(Object json, Type type) {
                return null;
            }

            @Override
            public Object toJson(Object value) {
                return "socket";
            }
        };
        assertThat(new ValueWriter(List.of(codec)).toJson(List.of(new java.net.Socket()))).isEqualTo(List.of("socket"));
        assertThatThrownBy(() -> writer.toJson(new java.net.Socket())).isInstanceOf(BindingException.class)
                .hasMessageContaining("java.net.Socket");
    }
}
