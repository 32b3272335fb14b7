package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.Arg;
import dev.mcpkit.json.Json;
import java.io.File;
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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueBinderTest {

    private final ValueBinder binder = new ValueBinder();

    private Object bind(String json, Type type) {
        return binder.bind(Json.parse(json), type);
    }

    @Test
    void numbersBindToEveryNumericType() {
        assertThat(bind("42", int.class)).isEqualTo(42);
        assertThat(bind("42.0", Integer.class)).isEqualTo(42);
        assertThat(bind("42", long.class)).isEqualTo(42L);
        assertThat(bind("-7", short.class)).isEqualTo((short) -7);
        assertThat(bind("7", byte.class)).isEqualTo((byte) 7);
        assertThat(bind("123456789012345678901234567890", BigInteger.class))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(bind("1.5", double.class)).isEqualTo(1.5);
        assertThat(bind("2", Double.class)).isEqualTo(2.0);
        assertThat(bind("1.5", float.class)).isEqualTo(1.5f);
        assertThat(bind("0.1", BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
        assertThat(bind("3", OptionalInt.class)).isEqualTo(OptionalInt.of(3));
        assertThat(bind("2.5", OptionalDouble.class)).isEqualTo(OptionalDouble.of(2.5));
    }

    @Test
    void integerOverflowIsAnErrorNamingTheRange() {
        assertThatThrownBy(() -> bind("3000000000", int.class)).isInstanceOf(BindingException.class)
                .hasMessage("3000000000 does not fit in int (-2147483648..2147483647)");
        assertThatThrownBy(() -> bind("99999999999999999999", long.class)).isInstanceOf(BindingException.class)
                .hasMessageContaining("does not fit in long");
        assertThatThrownBy(() -> bind("128", byte.class)).hasMessageContaining("does not fit in byte");
        assertThatThrownBy(() -> bind("1.5", int.class)).hasMessage("expected integer but got number 1.5");
    }

    @Test
    void scalarsAndStringLikeTypes() {
        assertThat(bind("\"hi\"", String.class)).isEqualTo("hi");
        assertThat(bind("\"hi\"", CharSequence.class)).isEqualTo("hi");
        assertThat(bind("true", boolean.class)).isEqualTo(true);
        assertThat(bind("\"x\"", char.class)).isEqualTo('x');
        assertThat(bind("\"FAHRENHEIT\"", Fixtures.Unit.class)).isEqualTo(Fixtures.Unit.FAHRENHEIT);
        assertThat(bind("\"celsius\"", Fixtures.Unit.class)).isEqualTo(Fixtures.Unit.CELSIUS);
        assertThat(bind("\"aGk=\"", byte[].class)).isEqualTo("hi".getBytes());
        assertThat(bind("\"123e4567-e89b-12d3-a456-426614174000\"", UUID.class))
                .isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(bind("\"https://example.com/x\"", URI.class)).isEqualTo(URI.create("https://example.com/x"));
        assertThat(bind("\"a/b.txt\"", Path.class)).isEqualTo(Path.of("a/b.txt"));
        assertThat(bind("\"a/b.txt\"", File.class)).isEqualTo(new File("a/b.txt"));
        assertThat(bind("{\"any\":[1]}", Object.class)).isEqualTo(Map.of("any", List.of(1L)));
    }

    @Test
    void javaTimeValuesAreParsedFromIsoStrings() {
        assertThat(bind("\"2024-05-01T10:15:30Z\"", Instant.class)).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(bind("\"2024-05-01T12:15:30+02:00\"", Instant.class))
                .isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(bind("\"2024-05-01T10:15:30+02:00\"", OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.ofHours(2)));
        assertThat(bind("\"2024-05-01T10:15:30+02:00[Europe/Paris]\"", ZonedDateTime.class))
                .isEqualTo(ZonedDateTime.parse("2024-05-01T10:15:30+02:00[Europe/Paris]"));
        assertThat(bind("\"2024-05-01\"", LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(bind("\"10:15\"", LocalTime.class)).isEqualTo(LocalTime.of(10, 15));
        assertThat(bind("\"10:15:30Z\"", OffsetTime.class)).isEqualTo(OffsetTime.of(10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(bind("\"2024-05-01T10:15\"", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15));
        assertThat(bind("\"PT1.5S\"", Duration.class)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void badStringsNameTheType() {
        assertThatThrownBy(() -> bind("\"tomorrow\"", LocalDate.class)).isInstanceOf(BindingException.class)
                .hasMessageStartingWith("\"tomorrow\" is not a valid local date");
        assertThatThrownBy(() -> bind("\"kelvin\"", Fixtures.Unit.class))
                .hasMessage("\"kelvin\" is not one of [\"CELSIUS\",\"FAHRENHEIT\"]");
        assertThatThrownBy(() -> bind("\"!!\"", byte[].class)).hasMessageStartingWith("invalid base64");
        assertThat(bind("\"aGVs\\nbG8=\"", byte[].class)).isEqualTo("hello".getBytes());
        assertThatThrownBy(() -> bind("\"xy\"", char.class)).hasMessage("expected a single character but got string \"xy\"");
    }

    @Test
    void collectionsArraysAndMapsBindElementByElement() {
        assertThat(bind("[\"a\",\"b\"]", Fixtures.type("strings"))).isEqualTo(List.of("a", "b"));
        assertThat(bind("[1,2,1]", Fixtures.type("intSet"))).isEqualTo(Set.of(1, 2));
        assertThat((int[]) bind("[1,2]", Fixtures.type("ints"))).containsExactly(1, 2);
        assertThat(bind("{\"a\":1.5}", Fixtures.type("doubles"))).isEqualTo(Map.of("a", 1.5));
        assertThat(bind("{\"CELSIUS\":3}", Fixtures.type("byUnit"))).isEqualTo(Map.of(Fixtures.Unit.CELSIUS, 3L));
        assertThat(bind("[\"x\"]", Fixtures.type("maybeStrings"))).isEqualTo(Optional.of(List.of("x")));
        assertThat(bind("null", Fixtures.type("maybeStrings"))).isEqualTo(Optional.empty());
        assertThat(bind("[\"i\"]", Fixtures.type("iterable"))).isEqualTo(List.of("i"));
    }

    @Test
    void integerMapKeysAreParsedFromPropertyNames() {
        Type type = new Types.Parameterized(Map.class, new Type[] {Integer.class, String.class}, null);
        assertThat(bind("{\"1\":\"one\",\"20\":\"twenty\"}", type)).isEqualTo(Map.of(1, "one", 20, "twenty"));
        assertThatThrownBy(() -> bind("{\"x\":\"?\"}", type)).isInstanceOf(BindingException.class)
                .hasMessage("/x: key \"x\" is not an integer");
    }

    @Test
    void beanWithOnlyPublicFieldsBindsAndWrites() {
        Object bound = bind("{\"label\":\"a\",\"weight\":2.5}", Plain.class);
        assertThat(((Plain) bound).label).isEqualTo("a");
        assertThat(((Plain) bound).weight).isEqualTo(2.5);
        assertThat(new ValueWriter().toJson(bound)).isEqualTo(Map.of("label", "a", "weight", 2.5));
        assertThat(Json.write(new SchemaGenerator().schemaFor(Plain.class, null))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},"
                        + "\"weight\":{\"type\":\"number\"}},\"additionalProperties\":false}");
    }

    public static final class Plain {
        public String label;
        public double weight;
        public static int ignoredStatic;
        public transient int ignoredTransient;
    }

    @Test
    void genericRecordsBindThroughTheirResolvedComponentTypes() {
        Object pairs = bind("[{\"first\":\"a\",\"second\":1}]", Fixtures.type("pairs"));
        assertThat(pairs).isEqualTo(List.of(new Fixtures.Pair<>("a", 1)));
    }

    @Test
    void recordsUseDefaultsEmptyOptionalsAndNullsForAbsentComponents() {
        Object request = bind("{\"city\":\"Oslo\"}", Fixtures.Request.class);
        assertThat(request).isEqualTo(new Fixtures.Request("Oslo", 3, null, Optional.empty()));
        Object full = bind("{\"city\":\"Oslo\",\"days\":5,\"country\":\"NO\",\"unit\":\"FAHRENHEIT\"}",
                Fixtures.Request.class);
        assertThat(full).isEqualTo(new Fixtures.Request("Oslo", 5, "NO", Optional.of(Fixtures.Unit.FAHRENHEIT)));
    }

    @Test
    void recursiveRecordsBindThreeLevelsDeep() {
        Object node = bind("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\",\"children\":[]}]}]}",
                Fixtures.Node.class);
        assertThat(node).isEqualTo(new Fixtures.Node("a", List.of(new Fixtures.Node("b",
                List.of(new Fixtures.Node("c", List.of()))))));
    }

    @Test
    void beansBindThroughSettersAndPublicFields() {
        Fixtures.Person p = (Fixtures.Person) bind("{\"name\":\"Ada\",\"age\":36,\"manager\":{\"name\":\"Bob\"}}",
                Fixtures.Person.class);
        assertThat(p.getName()).isEqualTo("Ada");
        assertThat(p.age).isEqualTo(36);
        assertThat(p.getManager().getName()).isEqualTo("Bob");
        assertThat(p.getManager().getManager()).isNull();
    }

    @Test
    void errorsNameTheJsonPointerOfTheBadValue() {
        assertThatThrownBy(() -> bind("[{\"name\":\"a\",\"children\":[{\"name\":5,\"children\":[]}]}]",
                listOfNodes()))
                .isInstanceOf(BindingException.class)
                .hasMessage("/0/children/0/name: expected string but got integer 5")
                .extracting(e -> ((BindingException) e).path()).isEqualTo("/0/children/0/name");
        assertThatThrownBy(() -> bind("{\"days\":2}", Fixtures.Request.class))
                .hasMessage("/city: missing required property \"city\"");
    }

    @Test
    void explicitNullForAComponentWithADefaultTakesTheDefault() {
        assertThat(bind("{\"city\":\"x\",\"days\":null}", Fixtures.Request.class))
                .isEqualTo(new Fixtures.Request("x", 3, null, Optional.empty()));
    }

    private static Type listOfNodes() {
        return new Types.Parameterized(List.class, new Type[] {Fixtures.Node.class}, null);
    }

    @Test
    void nullForAPrimitiveIsAnError() {
        assertThatThrownBy(() -> bind("null", int.class)).hasMessage("expected int but got null");
    }

    @Test
    void recordConstructorFailuresBecomeBindingErrors() {
        assertThatThrownBy(() -> bind("{\"value\":-1}", Positive.class)).isInstanceOf(BindingException.class)
                .hasMessage("invalid Positive: value must be positive");
    }

    record Positive(int value) {
        Positive {
            if (value < 0) {
                throw new IllegalArgumentException("value must be positive");
            }
        }
    }

    @Test
    void defaultValueParsesJsonOrPlainStrings() throws Exception {
        Arg days = Fixtures.Request.class.getRecordComponents()[1].getAnnotation(Arg.class);
        assertThat(binder.defaultValue(days, int.class)).isEqualTo(3);
        Arg unit = Fixtures.Tools.class.getMethod("forecast", String.class, Optional.class, Fixtures.Unit.class)
                .getParameters()[2].getAnnotation(Arg.class);
        assertThat(binder.defaultValue(unit, Fixtures.Unit.class)).isEqualTo(Fixtures.Unit.CELSIUS);
        Arg none = Fixtures.Request.class.getRecordComponents()[0].getAnnotation(Arg.class);
        assertThat(binder.defaultValue(none, String.class)).isNull();
    }

    @Test
    void codecBindsTypesItSupports() {
        ValueCodec codec = new ValueCodec() {
            @Override
            public boolean supports(Type type) {
                return type == java.net.Socket.class;
            }

            @Override
            public Object bind(Object json, Type type) {
                return new java.net.Socket();
            }

            @Override
            public Object toJson(Object value) {
                return "socket";
            }
        };
        assertThat(new ValueBinder(List.of(codec)).bind("x", java.net.Socket.class)).isInstanceOf(java.net.Socket.class);
        assertThatThrownBy(() -> binder.bind("x", java.net.Socket.class)).isInstanceOf(BindingException.class)
                .hasMessageContaining("java.net.Socket");
    }
}
