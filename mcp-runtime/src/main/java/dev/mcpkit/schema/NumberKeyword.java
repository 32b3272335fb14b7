package dev.mcpkit.schema;

import java.math.BigDecimal;
import java.util.Map;

/** {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code multipleOf}. */
final class NumberKeyword implements Keyword {

    private final Number minimum;
    private final Number maximum;
    private final Number exclusiveMinimum;
    private final Number exclusiveMaximum;
    private final Number multipleOf;

    private NumberKeyword(Map<?, ?> schema) {
        minimum = number(schema, "minimum");
        maximum = number(schema, "maximum");
        exclusiveMinimum = number(schema, "exclusiveMinimum");
        exclusiveMaximum = number(schema, "exclusiveMaximum");
        multipleOf = number(schema, "multipleOf");
        if (multipleOf != null && JsonEquality.compare(multipleOf, 0L) <= 0) {
            throw new SchemaException("\"multipleOf\" must be greater than 0");
        }
    }

    static NumberKeyword of(Map<?, ?> schema) {
        if (schema.containsKey("minimum") || schema.containsKey("maximum") || schema.containsKey("exclusiveMinimum")
                || schema.containsKey("exclusiveMaximum") || schema.containsKey("multipleOf")) {
            return new NumberKeyword(schema);
        }
        return null;
    }

    private static Number number(Map<?, ?> schema, String keyword) {
        Object v = schema.get(keyword);
        if (v == null || v instanceof Number) {
            return (Number) v;
        }
        if (v instanceof Boolean) {
            return null; // draft-04 style boolean exclusive bounds: not a 2020-12 keyword value
        }
        throw new SchemaException("\"" + keyword + "\" must be a number, not " + ValueText.describe(v));
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (!(value instanceof Number)) {
            return;
        }
        Number n = (Number) value;
        if (minimum != null && JsonEquality.compare(n, minimum) < 0) {
            errors.add(at, "value " + ValueText.brief(n) + " is less than the minimum " + ValueText.brief(minimum));
        }
        if (maximum != null && JsonEquality.compare(n, maximum) > 0) {
            errors.add(at, "value " + ValueText.brief(n) + " is greater than the maximum " + ValueText.brief(maximum));
        }
        if (exclusiveMinimum != null && JsonEquality.compare(n, exclusiveMinimum) <= 0) {
            errors.add(at, "value " + ValueText.brief(n) + " must be greater than "
                    + ValueText.brief(exclusiveMinimum));
        }
        if (exclusiveMaximum != null && JsonEquality.compare(n, exclusiveMaximum) >= 0) {
            errors.add(at, "value " + ValueText.brief(n) + " must be less than " + ValueText.brief(exclusiveMaximum));
        }
        if (multipleOf != null && !multiple(n)) {
            errors.add(at, "value " + ValueText.brief(n) + " is not a multiple of " + ValueText.brief(multipleOf));
        }
    }

    private boolean multiple(Number n) {
        if ((n instanceof Long || n instanceof Integer) && multipleOf instanceof Long) {
            return n.longValue() % multipleOf.longValue() == 0;
        }
        BigDecimal d = JsonEquality.decimal(n);
        return d.remainder(JsonEquality.decimal(multipleOf)).signum() == 0;
    }
}
