package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every schema the generator emits for the test fixtures is checked against a meta-schema of the
 * subset it is meant to use: known keywords only, {@code $defs} only at the root, refs only to
 * {@code #/$defs/...}, and every default valid against its own schema.
 */
class GeneratedSchemaMetaTest {

    private static final String TYPES = "[\"null\",\"boolean\",\"integer\",\"number\",\"string\",\"array\",\"object\"]";
    private static final String KEYWORDS = "\"type\":{\"enum\":" + TYPES + "},"
            + "\"description\":{\"type\":\"string\"},"
            + "\"properties\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/$defs/schema\"}},"
            + "\"required\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true,\"minItems\":1},"
            + "\"additionalProperties\":{\"anyOf\":[{\"const\":false},{\"$ref\":\"#/$defs/schema\"}]},"
            + "\"items\":{\"$ref\":\"#/$defs/schema\"},"
            + "\"uniqueItems\":{\"const\":true},"
            + "\"enum\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1,\"uniqueItems\":true},"
            + "\"minimum\":{\"type\":\"number\"},\"maximum\":{\"type\":\"number\"},"
            + "\"minLength\":{\"type\":\"integer\",\"minimum\":0},\"maxLength\":{\"type\":\"integer\",\"minimum\":0},"
            + "\"minItems\":{\"type\":\"integer\",\"minimum\":0},\"maxItems\":{\"type\":\"integer\",\"minimum\":0},"
            + "\"pattern\":{\"type\":\"string\"},"
            + "\"format\":{\"enum\":[\"date-time\",\"date\",\"time\",\"duration\",\"uri\",\"uri-reference\",\"uuid\"]},"
            + "\"contentEncoding\":{\"const\":\"base64\"},"
            + "\"$ref\":{\"type\":\"string\",\"pattern\":\"^#/\\\\$defs/[A-Za-z0-9_]+$\"},"
            + "\"default\":true";
    private static final String META = "{\"$ref\":\"#/$defs/root\",\"$defs\":{"
            + "\"root\":{\"type\":\"object\",\"properties\":{" + KEYWORDS + ","
            + "\"$defs\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/$defs/schema\"}}},"
            + "\"required\":[\"type\"],\"additionalProperties\":false},"
            + "\"schema\":{\"type\":\"object\",\"properties\":{" + KEYWORDS + "},\"additionalProperties\":false}}}";

    @SuppressWarnings("unchecked")
    private static final CompiledSchema META_SCHEMA = SchemaValidator.compile((Map<String, Object>) Json.parse(META));

    @Test
    void metaSchemaRejectsWhatTheGeneratorMustNotEmit() {
        assertThat(META_SCHEMA.validate(Json.parse("{\"type\":\"object\",\"properties\":{\"a\":{\"$defs\":{}}}}")))
                .extracting(ValidationError::path).containsExactly("/properties/a/$defs");
        assertThat(META_SCHEMA.validate(Json.parse("{\"type\":\"object\",\"nullable\":true}"))).hasSize(1);
        assertThat(META_SCHEMA.validate(Json.parse("{\"type\":\"object\",\"items\":{\"$ref\":\"#/definitions/x\"}}")))
                .hasSize(1);
    }

    @Test
    void everyGeneratedSchemaUsesOnlyTheSupportedSubsetAndCompiles() {
        SchemaGenerator generator = new SchemaGenerator();
        List<Map<String, Object>> schemas = new ArrayList<>();
        for (String tool : new String[] {"echo", "none", "forecast", "renamed"}) {
            schemas.add(generator.inputSchema(Fixtures.params(tool)));
        }
        Type[] outputs = {Fixtures.Forecast.class, Fixtures.Request.class, Fixtures.Node.class, Fixtures.Person.class,
            Fixtures.Folder.class, Fixtures.Both.class, RoundTripTest.AllTypes.class, Fixtures.type("doubles")};
        for (Type type : outputs) {
            schemas.add(generator.outputSchema(type));
        }
        for (Map<String, Object> schema : schemas) {
            assertThat(META_SCHEMA.validate(schema)).as(Json.write(schema)).isEmpty();
            CompiledSchema compiled = SchemaValidator.compile(schema);
            assertThat(schema).as("tool arguments and structured results are objects").containsEntry("type", "object");
            assertThat(compiled.validate("not an object")).as("compiled %s rejects a string", Json.write(schema)).isNotEmpty();
            assertThat(compiled.isValid(List.of())).isFalse();
            checkDefaults(schema);
        }
    }

    /** Each {@code default} is valid against the schema it sits in. */
    @SuppressWarnings("unchecked")
    private static void checkDefaults(Object schema) {
        if (schema instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) schema;
            if (map.containsKey("default") && !map.containsKey("$ref")) {
                assertThat(SchemaValidator.validate(map, map.get("default"))).as(Json.write(map)).isEmpty();
            }
            for (Object value : map.values()) {
                checkDefaults(value);
            }
        } else if (schema instanceof List) {
            for (Object item : (List<Object>) schema) {
                checkDefaults(item);
            }
        }
    }
}
