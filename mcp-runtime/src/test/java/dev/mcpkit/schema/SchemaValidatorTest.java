package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SchemaValidatorTest {

    /** Validates a JSON text against a schema text and renders the errors as "path: message". */
    private static List<String> errors(String schema, String value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) Json.parse(schema);
        List<String> out = new java.util.ArrayList<>();
        for (ValidationError e : SchemaValidator.validate(s, Json.parse(value))) {
            out.add(e.toString());
        }
        return out;
    }

    private static final String WEATHER = "{\"type\":\"object\",\"properties\":{"
            + "\"city\":{\"type\":\"string\"},"
            + "\"days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":14},"
            + "\"unit\":{\"type\":\"string\",\"enum\":[\"celsius\",\"fahrenheit\"]}},"
            + "\"required\":[\"city\"],\"additionalProperties\":false}";

    @Test
    void validValueHasNoErrors() {
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"days\":3,\"unit\":\"celsius\"}")).isEmpty();
    }

    @Test
    void missingRequiredPropertyIsReportedAtItsPointer() {
        assertThat(errors(WEATHER, "{}")).containsExactly("/city: missing required property \"city\"");
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndFound() {
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"days\":\"abc\"}"))
                .containsExactly("/days: expected integer but got string \"abc\"");
        assertThat(errors("{\"type\":\"string\"}", "{\"a\":1}")).containsExactly("expected string but got object");
        assertThat(errors("{\"type\":\"boolean\"}", "null")).containsExactly("expected boolean but got null");
    }

    @Test
    void integerTypeAcceptsWholeNumbersWrittenWithAFraction() {
        assertThat(errors("{\"type\":\"integer\"}", "3.0")).isEmpty();
        assertThat(errors("{\"type\":\"integer\"}", "3.5")).containsExactly("expected integer but got number 3.5");
        assertThat(SchemaValidator.validate(Json.object("type", "integer"), new BigDecimal("4.00"))).isEmpty();
    }

    @Test
    void typeListAllowsNullable() {
        String schema = "{\"type\":[\"string\",\"null\"]}";
        assertThat(errors(schema, "null")).isEmpty();
        assertThat(errors(schema, "\"x\"")).isEmpty();
        assertThat(errors(schema, "1")).containsExactly("expected string or null but got integer 1");
    }

    @Test
    void boundsNameTheValueAndTheLimit() {
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"days\":20}"))
                .containsExactly("/days: value 20 is greater than the maximum 14");
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"days\":0}"))
                .containsExactly("/days: value 0 is less than the minimum 1");
        assertThat(errors("{\"exclusiveMinimum\":0}", "0")).containsExactly("value 0 must be greater than 0");
        assertThat(errors("{\"exclusiveMaximum\":1.5}", "1.5")).containsExactly("value 1.5 must be less than 1.5");
        assertThat(errors("{\"exclusiveMaximum\":1.5}", "1.4")).isEmpty();
        assertThat(errors("{\"multipleOf\":0.5}", "1.25")).containsExactly("value 1.25 is not a multiple of 0.5");
        assertThat(errors("{\"multipleOf\":3}", "9")).isEmpty();
    }

    @Test
    void enumListsTheAllowedValues() {
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"unit\":\"kelvin\"}"))
                .containsExactly("/unit: \"kelvin\" is not one of [\"celsius\",\"fahrenheit\"]");
        assertThat(errors("{\"enum\":[1,\"a\",null]}", "1.0")).isEmpty();
        assertThat(errors("{\"enum\":[1,\"a\",null]}", "2")).containsExactly("2 is not one of [1,\"a\",null]");
    }

    @Test
    void constComparesJsonValues() {
        assertThat(errors("{\"const\":{\"a\":[1,2]}}", "{\"a\":[1.0,2]}")).isEmpty();
        assertThat(errors("{\"const\":\"x\"}", "\"y\"")).containsExactly("expected \"x\" but got \"y\"");
    }

    @Test
    void unexpectedPropertyIsReportedWhenAdditionalPropertiesIsFalse() {
        assertThat(errors(WEATHER, "{\"city\":\"Oslo\",\"foo\":1}")).containsExactly("/foo: unexpected property \"foo\"");
    }

    @Test
    void additionalPropertiesSchemaChecksTheOtherProperties() {
        String schema = "{\"type\":\"object\",\"additionalProperties\":{\"type\":\"number\"}}";
        assertThat(errors(schema, "{\"a\":1,\"b\":\"x\"}")).containsExactly("/b: expected number but got string \"x\"");
    }

    @Test
    void patternPropertiesApplyToMatchingNames() {
        String schema = "{\"patternProperties\":{\"^x-\":{\"type\":\"string\"}},\"additionalProperties\":false}";
        assertThat(errors(schema, "{\"x-a\":\"ok\",\"x-b\":1,\"y\":2}"))
                .containsExactly("/x-b: expected string but got integer 1", "/y: unexpected property \"y\"");
    }

    @Test
    void stringLengthsCountCodePoints() {
        String schema = "{\"type\":\"string\",\"minLength\":2,\"maxLength\":3}";
        assertThat(errors(schema, "\"\uD83D\uDE00\uD83D\uDE00\"")).isEmpty();
        assertThat(errors(schema, "\"a\"")).containsExactly("string of 1 characters is shorter than the minimum length 2");
        assertThat(errors(schema, "\"abcd\"")).containsExactly("string of 4 characters is longer than the maximum length 3");
    }

    @Test
    void patternMatchesAnywhereInTheString() {
        assertThat(errors("{\"pattern\":\"[0-9]+\"}", "\"abc123\"")).isEmpty();
        assertThat(errors("{\"pattern\":\"^[0-9]+$\"}", "\"abc\""))
                .containsExactly("\"abc\" does not match the pattern \"^[0-9]+$\"");
    }

    @Test
    void invalidPatternFailsWithASchemaError() {
        assertThatThrownBy(() -> errors("{\"pattern\":\"[\"}", "\"a\""))
                .isInstanceOf(SchemaException.class).hasMessageContaining("invalid \"pattern\"");
    }

    @Test
    void arrayKeywordsCheckItemsCountsAndUniqueness() {
        String schema = "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}},"
                + "\"minItems\":1,\"maxItems\":3}";
        assertThat(errors(schema, "[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":3}]"))
                .containsExactly("/2/name: expected string but got integer 3");
        assertThat(errors(schema, "[]")).containsExactly("array has 0 items, fewer than the minimum of 1");
        assertThat(errors(schema, "[{},{},{},{}]")).containsExactly("array has 4 items, more than the maximum of 3");
        assertThat(errors("{\"uniqueItems\":true}", "[\"a\",\"b\",\"a\"]"))
                .containsExactly("array items must be unique but \"a\" appears more than once");
        assertThat(errors("{\"uniqueItems\":true}", "[1,{\"a\":1},1.0]"))
                .containsExactly("array items must be unique but items 0 and 2 are equal");
        assertThat(errors("{\"uniqueItems\":true}", "[1,2,\"1\"]")).isEmpty();
    }

    @Test
    void nestedPathsPointIntoArraysAndObjects() {
        String schema = "{\"properties\":{\"items\":{\"items\":{\"properties\":{\"name\":{\"type\":\"string\"}},"
                + "\"required\":[\"name\"]}}}}";
        assertThat(errors(schema, "{\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{}]}"))
                .containsExactly("/items/2/name: missing required property \"name\"");
    }

    @Test
    void pathsEscapeSlashAndTilde() {
        String schema = "{\"additionalProperties\":false}";
        assertThat(errors(schema, "{\"a/b~c\":1}")).containsExactly("/a~1b~0c: unexpected property \"a/b~c\"");
    }

    @Test
    void prefixItemsAndContains() {
        String schema = "{\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"items\":false}";
        assertThat(errors(schema, "[\"a\",1]")).isEmpty();
        assertThat(errors(schema, "[\"a\",\"b\",3]"))
                .containsExactly("/1: expected integer but got string \"b\"", "/2: no value is allowed here");
        assertThat(errors("{\"contains\":{\"const\":3}}", "[1,2]"))
                .containsExactly("array contains no item that matches the \"contains\" schema");
    }

    @Test
    void formatsAreChecked() {
        assertThat(errors("{\"format\":\"date-time\"}", "\"2024-02-29T10:15:30.5+01:00\"")).isEmpty();
        assertThat(errors("{\"format\":\"date-time\"}", "\"2024-02-29 10:15:30Z\""))
                .containsExactly("\"2024-02-29 10:15:30Z\" is not a valid date-time (format \"date-time\")");
        assertThat(errors("{\"format\":\"date\"}", "\"2023-02-29\"")).hasSize(1);
        assertThat(errors("{\"format\":\"date\"}", "\"2024-02-29\"")).isEmpty();
        assertThat(errors("{\"format\":\"time\"}", "\"23:59:60Z\"")).isEmpty();
        assertThat(errors("{\"format\":\"time\"}", "\"10:15:30\"")).hasSize(1);
        assertThat(errors("{\"format\":\"uri\"}", "\"https://example.com/a?b=c#d\"")).isEmpty();
        assertThat(errors("{\"format\":\"uri\"}", "\"/relative/path\"")).hasSize(1);
        assertThat(errors("{\"format\":\"uri\"}", "\"http://exa mple.com\"")).hasSize(1);
        assertThat(errors("{\"format\":\"uuid\"}", "\"123e4567-e89b-12d3-a456-426614174000\"")).isEmpty();
        assertThat(errors("{\"format\":\"uuid\"}", "\"123e4567e89b12d3a456426614174000\"")).hasSize(1);
        assertThat(errors("{\"format\":\"email\"}", "\"ada@example.org\"")).isEmpty();
        assertThat(errors("{\"format\":\"email\"}", "\"ada at example.org\"")).hasSize(1);
        assertThat(errors("{\"format\":\"email\"}", "\"ada@-example.org\"")).hasSize(1);
        assertThat(errors("{\"format\":\"duration\"}", "\"P3Y6M4DT12H30M5S\"")).isEmpty();
        assertThat(errors("{\"format\":\"duration\"}", "\"PT1.5S\"")).isEmpty();
        assertThat(errors("{\"format\":\"duration\"}", "\"P2W\"")).isEmpty();
        assertThat(errors("{\"format\":\"duration\"}", "\"PT\"")).hasSize(1);
        assertThat(errors("{\"format\":\"duration\"}", "\"P1H\"")).hasSize(1);
        assertThat(errors("{\"format\":\"duration\"}", "\"P1M2Y\"")).hasSize(1);
        assertThat(errors("{\"format\":\"ipv4\"}", "\"192.168.0.1\"")).isEmpty();
        assertThat(errors("{\"format\":\"ipv4\"}", "\"192.168.0.256\"")).hasSize(1);
        assertThat(errors("{\"format\":\"hostname\"}", "\"not checked!\"")).isEmpty();
        assertThat(errors("{\"format\":\"date\"}", "42")).isEmpty();
    }

    @Test
    void refsToDefsAreFollowedRecursively() {
        String schema = "{\"$ref\":\"#/$defs/Node\",\"$defs\":{\"Node\":{\"type\":\"object\",\"properties\":{"
                + "\"name\":{\"type\":\"string\"},\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
                + "\"required\":[\"name\"]}}}";
        assertThat(errors(schema, "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\"}]}]}"))
                .isEmpty();
        assertThat(errors(schema, "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":7}]}]}"))
                .containsExactly("/children/0/children/0/name: expected string but got integer 7");
    }

    @Test
    void refToTheRootAndToDefinitionsWork() {
        String schema = "{\"properties\":{\"next\":{\"$ref\":\"#\"},\"n\":{\"$ref\":\"#/definitions/n\"}},"
                + "\"definitions\":{\"n\":{\"type\":\"integer\"}}}";
        assertThat(errors(schema, "{\"next\":{\"next\":{\"n\":\"x\"}}}"))
                .containsExactly("/next/next/n: expected integer but got string \"x\"");
    }

    @Test
    void danglingRefFailsWhenCompiling() {
        assertThatThrownBy(() -> SchemaValidator.compile(Json.object("$ref", "#/$defs/Missing")))
                .isInstanceOf(SchemaException.class).hasMessageContaining("#/$defs/Missing");
    }

    @Test
    void combinators() {
        String anyOf = "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\",\"minimum\":5}]}";
        assertThat(errors(anyOf, "\"x\"")).isEmpty();
        assertThat(errors(anyOf, "7")).isEmpty();
        assertThat(errors(anyOf, "3")).containsExactly(
                "integer 3 matches none of the 2 \"anyOf\" schemas (first: expected string but got integer 3)");
        String oneOf = "{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"number\"}]}";
        assertThat(errors(oneOf, "1.5")).isEmpty();
        assertThat(errors(oneOf, "1"))
                .containsExactly("integer 1 matches 2 of the \"oneOf\" schemas but must match exactly one");
        assertThat(errors("{\"allOf\":[{\"minimum\":1},{\"maximum\":2}]}", "3"))
                .containsExactly("value 3 is greater than the maximum 2");
        assertThat(errors("{\"not\":{\"type\":\"null\"}}", "null")).containsExactly("null must not match the \"not\" schema");
    }

    @Test
    void unknownKeywordsAreIgnoredAndBooleanSchemasWork() {
        assertThat(errors("{\"x-custom\":1,\"title\":\"t\",\"contentEncoding\":\"base64\"}", "[1]")).isEmpty();
        assertThat(errors("{\"properties\":{\"a\":false,\"b\":true}}", "{\"a\":1,\"b\":2}"))
                .containsExactly("/a: no value is allowed here");
    }

    @Test
    void malformedSchemaFailsWhenCompiling() {
        assertThatThrownBy(() -> errors("{\"type\":\"text\"}", "1")).isInstanceOf(SchemaException.class)
                .hasMessageContaining("unknown type \"text\"");
        assertThatThrownBy(() -> errors("{\"minLength\":-1}", "1")).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> errors("{\"anyOf\":[]}", "1")).isInstanceOf(SchemaException.class);
    }

    @Test
    void compiledSchemaValidatesJavaBuiltValuesToo() {
        CompiledSchema schema = SchemaValidator.compile(Json.object("type", "object",
                "properties", Json.object("n", Json.object("type", "integer", "maximum", 10L))));
        assertThat(schema.isValid(Map.of("n", 5))).isTrue();
        assertThat(schema.isValid(Map.of("n", 11))).isFalse();
        assertThat(ValidationError.describe(schema.validate(Map.of("n", 11))))
                .isEqualTo("/n: value 11 is greater than the maximum 10");
    }

    @Test
    @Timeout(60)
    void aValueThatFailedMaxLengthIsNotAlsoMatchedAgainstItsPattern() {
        String schema = "{\"type\":\"string\",\"maxLength\":10,\"pattern\":\"(a|aa)+b\"}";
        List<String> found = errors(schema, Json.write("a".repeat(200_000)));
        assertThat(found).containsExactly("string of 200000 characters is longer than the maximum length 10");
    }

    @Test
    @Timeout(60)
    void aPatternThatBacktracksWithoutEndGivesUpWithinItsBudget() {
        String schema = "{\"type\":\"object\",\"properties\":{\"s\":{\"type\":\"string\",\"pattern\":\"(a|aa)+b\"}},"
                + "\"patternProperties\":{\"^((x+)\\\\2?)+y$\":{}}}";
        List<String> found = errors(schema, "{\"s\":" + Json.write("a".repeat(200_000)) + ",\"" + "x".repeat(40) + "\":1}");
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("/s: string of 200000 characters could not be checked against the pattern")
                .endsWith("within the matching budget; send a shorter value");
        assertThat(found.get(1)).startsWith("/" + "x".repeat(40) + ": property name of 40 characters could not be checked");
        assertThat(errors(schema, "{\"s\":\"aab\"}")).isEmpty();
        assertThat(errors(schema, "{\"s\":\"aa\"}")).containsExactly("/s: \"aa\" does not match the pattern \"(a|aa)+b\"");
    }

    @Test
    void aHugeInvalidValueGetsTwentyErrorsAndACountNotAnErrorLargerThanItself() {
        String schema = "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}";
        String big = Json.write(java.util.Collections.nCopies(100_000, 1));
        List<String> found = errors(schema, big);
        assertThat(found).hasSize(21);
        assertThat(found.get(0)).isEqualTo("/0: expected string but got integer 1");
        assertThat(found.get(20)).isEqualTo("and 99980 more errors not shown");
        String longKey = "k".repeat(100_000);
        List<String> one = errors("{\"additionalProperties\":false}", "{\"" + longKey + "\":1}");
        assertThat(one).hasSize(1);
        assertThat(one.get(0).length()).isLessThan(700);
    }
}
