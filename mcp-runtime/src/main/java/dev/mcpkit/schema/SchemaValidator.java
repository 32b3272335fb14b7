package dev.mcpkit.schema;

import java.util.List;
import java.util.Map;

/**
 * Validates JSON model values against JSON Schema 2020-12: the keywords {@link SchemaGenerator}
 * emits plus the common hand-written ones (type, properties, required, additionalProperties,
 * patternProperties, items, prefixItems, contains, enum, const, numeric bounds, multipleOf, string
 * lengths, pattern, format, uniqueItems, local $ref, allOf/anyOf/oneOf/not). Unknown keywords are
 * ignored, as are $refs to other documents.
 */
public final class SchemaValidator {

    private SchemaValidator() {
    }

    /**
     * Compiles a schema for repeated validation.
     *
     * @throws SchemaException when the schema is malformed (a keyword of the wrong type, a $ref
     *                         pointing nowhere)
     */
    public static CompiledSchema compile(Map<String, Object> schema) {
        return new CompiledSchema(new SchemaCompiler(schema).compileDocument());
    }

    /** Compiles and validates in one go; prefer {@link #compile} for a schema used more than once. */
    public static List<ValidationError> validate(Map<String, Object> schema, Object value) {
        return compile(schema).validate(value);
    }
}
