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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {

    private final SchemaGenerator generator = new SchemaGenerator();

    private String schema(Type type) {
        return Json.write(generator.schemaFor(type, null));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> defNames(Map<String, Object> schema) {
        return ((Map<String, Object>) schema.get("$defs")).keySet();
    }

    @Test
    void echoToolHasOneRequiredStringProperty() {
        assertThat(Json.write(generator.inputSchema(Fixtures.params("echo")))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},"
                        + "\"required\":[\"message\"],\"additionalProperties\":false}");
    }

    @Test
    void toolWithoutParametersAcceptsOnlyAnEmptyObject() {
        assertThat(Json.write(generator.inputSchema(Fixtures.params("none"))))
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":false}");
    }

    @Test
    void argAnnotationsBecomeDescriptionsBoundsAndDefaults() {
        assertThat(Json.write(generator.inputSchema(Fixtures.params("forecast")))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{"
                        + "\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
                        + "\"days\":{\"type\":\"integer\",\"description\":\"Days ahead\",\"minimum\":1,\"maximum\":14},"
                        + "\"unit\":{\"type\":\"string\",\"enum\":[\"CELSIUS\",\"FAHRENHEIT\"],\"default\":\"CELSIUS\"}},"
                        + "\"required\":[\"city\"],\"additionalProperties\":false}");
    }

    @Test
    void argNameRenamesTheProperty() {
        assertThat(generator.inputSchema(Fixtures.params("renamed")).get("properties"))
                .isEqualTo(Map.of("q", Map.of("type", "string")));
    }

    @Test
    void scalarTypesMapToJsonTypes() {
        assertThat(schema(int.class)).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema(Long.class)).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema(short.class)).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema(BigInteger.class)).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema(OptionalInt.class)).isEqualTo("{\"type\":\"integer\"}");
        assertThat(schema(double.class)).isEqualTo("{\"type\":\"number\"}");
        assertThat(schema(Float.class)).isEqualTo("{\"type\":\"number\"}");
        assertThat(schema(BigDecimal.class)).isEqualTo("{\"type\":\"number\"}");
        assertThat(schema(boolean.class)).isEqualTo("{\"type\":\"boolean\"}");
        assertThat(schema(String.class)).isEqualTo("{\"type\":\"string\"}");
        assertThat(schema(CharSequence.class)).isEqualTo("{\"type\":\"string\"}");
        assertThat(schema(char.class)).isEqualTo("{\"type\":\"string\",\"minLength\":1,\"maxLength\":1}");
        assertThat(schema(Object.class)).isEqualTo("{}");
    }

    @Test
    void stringLikeJdkTypesCarryAFormatOrPattern() {
        assertThat(schema(Instant.class)).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(schema(OffsetDateTime.class)).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(schema(ZonedDateTime.class)).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(schema(LocalDate.class)).isEqualTo("{\"type\":\"string\",\"format\":\"date\"}");
        assertThat(schema(OffsetTime.class)).isEqualTo("{\"type\":\"string\",\"format\":\"time\"}");
        assertThat(schema(LocalTime.class)).contains("\"pattern\":");
        assertThat(schema(LocalDateTime.class)).contains("\"pattern\":");
        assertThat(schema(Duration.class)).isEqualTo("{\"type\":\"string\",\"format\":\"duration\"}");
        assertThat(schema(UUID.class)).isEqualTo("{\"type\":\"string\",\"format\":\"uuid\"}");
        assertThat(schema(URI.class)).isEqualTo("{\"type\":\"string\",\"format\":\"uri\"}");
        assertThat(schema(Path.class)).isEqualTo("{\"type\":\"string\"}");
        assertThat(schema(byte[].class)).isEqualTo("{\"type\":\"string\",\"contentEncoding\":\"base64\"}");
    }

    @Test
    void outputSchemasAvoidFormatsThatClientsRejectForValidJavaValues() {
        Map<String, Object> schema = generator.outputSchema(Timing.class);
        assertThat(Json.write(schema)).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"elapsed\":{\"type\":\"string\",\"pattern\":"
                + "\"^-?P(?:-?\\\\d+D)?(?:T(?:-?\\\\d+H)?(?:-?\\\\d+M)?(?:-?\\\\d+(?:\\\\.\\\\d{1,9})?S)?)?$\"},"
                + "\"link\":{\"type\":\"string\",\"format\":\"uri-reference\"}},"
                + "\"required\":[\"elapsed\",\"link\"],\"additionalProperties\":false}");
        Object value = new ValueWriter().toJson(new Timing(Duration.ofMillis(-1500), URI.create("a/b")));
        assertThat(SchemaValidator.validate(schema, value)).isEmpty();
    }

    record Timing(Duration elapsed, URI link) {
    }

    @Test
    void jacksonTreeNodesAcceptAnyJson() {
        assertThat(schema(tools.jackson.databind.JsonNode.class)).isEqualTo("{}");
        assertThat(schema(tools.jackson.databind.node.ObjectNode.class)).isEqualTo("{}");
    }

    @Test
    void enumListsConstantNames() {
        assertThat(schema(Fixtures.Unit.class)).isEqualTo("{\"type\":\"string\",\"enum\":[\"CELSIUS\",\"FAHRENHEIT\"]}");
    }

    @Test
    void collectionsArraysAndMapsDescribeTheirElements() {
        assertThat(schema(Fixtures.type("strings"))).isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}");
        assertThat(schema(Fixtures.type("intSet")))
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"uniqueItems\":true}");
        assertThat(schema(Fixtures.type("ints"))).isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}");
        assertThat(schema(Fixtures.type("numbers"))).isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"number\"}}");
        assertThat(schema(Fixtures.type("doubles")))
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}");
        assertThat(schema(Fixtures.type("byUnit")))
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}");
        assertThat(schema(Fixtures.type("anyMap"))).isEqualTo("{\"type\":\"object\"}");
        assertThat(schema(Fixtures.type("maybeStrings"))).isEqualTo(schema(Fixtures.type("strings")));
        assertThat(schema(List.class)).isEqualTo("{\"type\":\"array\"}");
        assertThat(schema(Fixtures.type("iterable"))).isEqualTo(schema(Fixtures.type("strings")));
    }

    @Test
    void recordComponentsBecomePropertiesInDeclarationOrderWithRequiredOnesListed() {
        assertThat(Json.write(generator.schemaFor(Fixtures.Request.class, null))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{"
                        + "\"city\":{\"type\":\"string\",\"description\":\"City name\",\"minLength\":1},"
                        + "\"days\":{\"type\":\"integer\",\"description\":\"Days ahead\",\"minimum\":1,\"maximum\":14,"
                        + "\"default\":3},"
                        + "\"country\":{\"type\":\"string\"},"
                        + "\"unit\":{\"type\":\"string\",\"enum\":[\"CELSIUS\",\"FAHRENHEIT\"]}},"
                        + "\"required\":[\"city\"],\"additionalProperties\":false}");
    }

    @Test
    void genericRecordComponentsAreResolvedFromTheUse() {
        assertThat(schema(Fixtures.type("pairs"))).isEqualTo(
                "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{"
                        + "\"first\":{\"type\":\"string\"},\"second\":{\"type\":\"integer\"}},"
                        + "\"required\":[\"first\",\"second\"],\"additionalProperties\":false}}");
    }

    @Test
    void recursiveRecordGoesToDefsAndTheRootStaysAnInlineObject() {
        Map<String, Object> schema = generator.outputSchema(Fixtures.Node.class);
        assertThat(Json.write(schema)).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                        + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
                        + "\"required\":[\"name\",\"children\"],\"additionalProperties\":false,"
                        + "\"$defs\":{\"Node\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                        + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
                        + "\"required\":[\"name\",\"children\"],\"additionalProperties\":false}}}");
    }

    @Test
    void selfReferencingBeanTerminatesWithARef() {
        Map<String, Object> schema = generator.outputSchema(Fixtures.Person.class);
        assertThat(Json.write(schema)).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                        + "\"manager\":{\"$ref\":\"#/$defs/Person\"},\"age\":{\"type\":\"integer\"}},"
                        + "\"additionalProperties\":false,"
                        + "\"$defs\":{\"Person\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                        + "\"manager\":{\"$ref\":\"#/$defs/Person\"},\"age\":{\"type\":\"integer\"}},"
                        + "\"additionalProperties\":false}}}");
    }

    @Test
    void mutuallyRecursiveRecordsReferToEachOtherThroughDefs() {
        Map<String, Object> schema = generator.outputSchema(Fixtures.Folder.class);
        String json = Json.write(schema);
        assertThat(json).contains("\"$ref\":\"#/$defs/Folder\"");
        assertThat(defNames(schema)).containsExactly("Folder");
    }

    @Test
    void recursiveTypesWithTheSameSimpleNameGetDistinctDefs() {
        Map<String, Object> schema = generator.outputSchema(Fixtures.Both.class);
        assertThat(defNames(schema)).containsExactly("Node", "Node2");
        assertThat(Json.write(schema)).contains("\"next\":{\"$ref\":\"#/$defs/Node2\"}");
    }

    @Test
    void recursiveParameterTypesShareOneDefsAtTheRootOfTheInputSchema() {
        Map<String, Object> schema = generator.inputSchema(List.of(
                new ParameterSpec("a", Fixtures.Node.class, null, true),
                new ParameterSpec("b", Fixtures.Node.class, null, false)));
        assertThat(Json.write(schema.get("properties")))
                .isEqualTo("{\"a\":{\"$ref\":\"#/$defs/Node\"},\"b\":{\"$ref\":\"#/$defs/Node\"}}");
        assertThat(defNames(schema)).containsExactly("Node");
    }

    @Test
    void outputSchemaIsAnObjectSchemaForRecordsBeansAndMapsOnly() {
        assertThat(generator.outputSchema(Fixtures.Forecast.class)).containsEntry("type", "object");
        assertThat(generator.outputSchema(Fixtures.type("doubles"))).containsEntry("type", "object");
        assertThat(generator.outputSchema(String.class)).isNull();
        assertThat(generator.outputSchema(int.class)).isNull();
        assertThat(generator.outputSchema(void.class)).isNull();
        assertThat(generator.outputSchema(Fixtures.type("strings"))).isNull();
        assertThat(generator.outputSchema(Object.class)).isNull();
    }

    @Test
    void optionalRecordComponentIsNotRequiredInTheOutputSchema() {
        assertThat(generator.outputSchema(Fixtures.Forecast.class).get("required"))
                .isEqualTo(List.of("city", "temperature", "unit"));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        String first = Json.write(generator.inputSchema(Fixtures.params("forecast")))
                + Json.write(generator.outputSchema(Fixtures.Both.class));
        String second = Json.write(new SchemaGenerator().inputSchema(Fixtures.params("forecast")))
                + Json.write(new SchemaGenerator().outputSchema(Fixtures.Both.class));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void unsupportedTypeFailsNamingTheParameterAndType() {
        assertThatThrownBy(() -> generator.inputSchema(Fixtures.params("socket")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("java.net.Socket")
                .hasMessageContaining("parameter \"socket\"");
    }

    @Test
    void beanWithoutNoArgumentConstructorIsFineAsAResultButNotAsAnArgument() {
        assertThat(Json.write(generator.outputSchema(Fixtures.Immutable.class))).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"additionalProperties\":false}");
        assertThatThrownBy(() -> generator.inputSchema(Fixtures.params("immutable")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("cannot create dev.mcpkit.schema.Fixtures$Immutable (parameter \"value\")");
    }

    @Test
    void mapWithUnsupportedKeysFails() {
        assertThatThrownBy(() -> generator.schemaFor(Fixtures.type("byFile"), null))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("map keys");
    }

    @Test
    void constraintThatDoesNotFitTheTypeFailsNamingTheParameter() {
        assertThatThrownBy(() -> generator.inputSchema(Fixtures.params("misfit")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("@Arg(minLength)")
                .hasMessageContaining("parameter \"count\"");
    }

    @Test
    void defaultThatDoesNotFitTheTypeFailsNamingTheParameter() {
        assertThatThrownBy(() -> generator.inputSchema(Fixtures.params("badDefault")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("\"many\"")
                .hasMessageContaining("parameter \"count\"");
    }

    @Test
    void defaultThatBreaksItsOwnConstraintsFails() {
        assertThatThrownBy(() -> generator.inputSchema(Fixtures.params("badBound")))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("value 0 is less than the minimum 1")
                .hasMessageContaining("parameter \"count\"");
    }

    @Test
    void codecSuppliesTheSchemaOfTypesItSupports() {
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
                return null;
            }

            @Override
            public Map<String, Object> schema(Type type) {
                return Json.object("type", "string", "format", "hostname");
            }
        };
        Map<String, Object> schema = new SchemaGenerator(List.of(codec)).inputSchema(Fixtures.params("socket"));
        assertThat(Json.write(schema.get("properties")))
                .isEqualTo("{\"socket\":{\"type\":\"string\",\"format\":\"hostname\"}}");
    }
}
