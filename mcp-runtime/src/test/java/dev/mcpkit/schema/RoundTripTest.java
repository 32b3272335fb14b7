package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.Arg;
import dev.mcpkit.json.Json;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the writer produces validates against what the generator describes, and binds back. */
class RoundTripTest {

    record AllTypes(int i, long l, Integer boxed, short s, double d, float f, BigDecimal decimal, BigInteger big,
            boolean flag, char c, String text, Fixtures.Unit unit, byte[] bytes, List<String> list, Set<Integer> set,
            Map<String, Integer> map, Optional<String> present, Optional<String> absent, OptionalInt optionalInt,
            Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zoned, LocalDate date, LocalTime time,
            OffsetTime offsetTime, LocalDateTime localDateTime, Duration duration, UUID uuid, URI uri, Path path,
            Fixtures.Pair<String, Integer> pair, Fixtures.Node tree, int[] ints, Object anything,
            @Arg(min = 0, max = 10, defaultValue = "5") int bounded) {
    }

    private static AllTypes sample() {
        Fixtures.Node tree = new Fixtures.Node("a", List.of(new Fixtures.Node("b",
                List.of(new Fixtures.Node("c", List.of())))));
        return new AllTypes(1, 2L, 3, (short) 4, 5.5, 6.25f, new BigDecimal("7.125"),
                new BigInteger("123456789012345678901234567890"), true, 'z', "text", Fixtures.Unit.FAHRENHEIT,
                new byte[] {1, 2, 3}, List.of("x", "y"), Set.of(9), Map.of("k", 1), Optional.of("here"),
                Optional.empty(), OptionalInt.of(8), Instant.parse("2024-05-01T10:15:00Z"),
                OffsetDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneOffset.ofHours(-5)),
                ZonedDateTime.of(2024, 5, 1, 10, 15, 0, 0, ZoneId.of("Europe/Oslo")), LocalDate.of(2024, 2, 29),
                LocalTime.of(23, 59), OffsetTime.of(1, 2, 3, 4_000_000, ZoneOffset.UTC),
                LocalDateTime.of(2024, 5, 1, 0, 0), Duration.ofHours(25), UUID.fromString(
                        "123e4567-e89b-12d3-a456-426614174000"), URI.create("https://example.com/a"),
                Path.of("dir", "file.txt"), new Fixtures.Pair<>("p", 2), tree, new int[] {4, 5},
                Map.of("free", List.of(1, "two")), 7);
    }

    @Test
    void writtenValueOfEveryTypeValidatesAgainstTheGeneratedOutputSchema() {
        Map<String, Object> schema = new SchemaGenerator().outputSchema(AllTypes.class);
        Object json = new ValueWriter().toJson(sample());
        assertThat(SchemaValidator.validate(schema, json)).isEmpty();
    }

    @Test
    void writtenValueBindsBackToAnEqualJsonValue() {
        Object json = new ValueWriter().toJson(sample());
        Object bound = new ValueBinder().bind(json, AllTypes.class);
        assertThat(Json.write(new ValueWriter().toJson(bound))).isEqualTo(Json.write(json));
    }

    @Test
    void threeLevelRecursiveRecordValidatesAgainstItsSchemaAndBadLeafIsFound() {
        Map<String, Object> schema = new SchemaGenerator().outputSchema(Fixtures.Node.class);
        CompiledSchema compiled = SchemaValidator.compile(schema);
        Object json = new ValueWriter().toJson(sample().tree());
        assertThat(compiled.validate(json)).isEmpty();
        Object bad = Json.parse("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\"}]}]}");
        assertThat(compiled.validate(bad)).containsExactly(
                new ValidationError("/children/0/children/0/children", "missing required property \"children\""));
    }

    @Test
    void threeLevelSelfReferencingBeanValidatesAgainstItsSchema() {
        Fixtures.Person a = new Fixtures.Person();
        a.setName("a");
        Fixtures.Person b = new Fixtures.Person();
        b.setName("b");
        Fixtures.Person c = new Fixtures.Person();
        c.setName("c");
        a.setManager(b);
        b.setManager(c);
        Map<String, Object> schema = new SchemaGenerator().outputSchema(Fixtures.Person.class);
        Object json = new ValueWriter().toJson(a);
        assertThat(SchemaValidator.validate(schema, json)).isEmpty();
        assertThat(SchemaValidator.validate(schema, Json.parse("{\"manager\":{\"manager\":{\"age\":\"old\"}}}")))
                .containsExactly(new ValidationError("/manager/manager/age", "expected integer but got string \"old\""));
    }

    @Test
    void inputSchemaAcceptsWhatTheBinderBindsAndRejectsWhatItWouldMisread() {
        List<ParameterSpec> params = Fixtures.params("forecast");
        CompiledSchema schema = SchemaValidator.compile(new SchemaGenerator().inputSchema(params));
        Object good = Json.parse("{\"city\":\"Oslo\",\"days\":2}");
        assertThat(schema.validate(good)).isEmpty();
        @SuppressWarnings("unchecked")
        Object[] bound = new ArgumentBinder(params, new ValueBinder()).bind((Map<String, Object>) good);
        assertThat(bound).containsExactly("Oslo", Optional.of(2), Fixtures.Unit.CELSIUS);
        assertThat(ValidationError.describe(schema.validate(Json.parse("{\"days\":20,\"units\":\"K\"}"))))
                .isEqualTo("/city: missing required property \"city\"; /days: value 20 is greater than the maximum 14;"
                        + " /units: unexpected property \"units\"");
    }
}
