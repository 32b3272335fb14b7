package dev.mcpkit.schema;

import dev.mcpkit.json.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Short renderings of JSON values for error messages: {@code string "abc"}, {@code integer 3}. */
final class ValueText {

    private static final int MAX = 60;

    private ValueText() {
    }

    /** The JSON type name of a value: null, boolean, integer, number, string, array or object. */
    static String type(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Number) {
            return isInteger((Number) value) ? "integer" : "number";
        } else if (value instanceof Map) {
            return "object";
        } else if (value instanceof List) {
            return "array";
        }
        return value.getClass().getSimpleName();
    }

    /** Whether a number has no fractional part (3 and 3.0 are integers in JSON Schema). */
    static boolean isInteger(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof java.math.BigInteger) {
            return true;
        }
        if (n instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) n;
            return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d);
    }

    /** Type and value: {@code string "abc"}, {@code integer 3}, {@code object}, {@code null}. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map || value instanceof List) {
            return type(value);
        }
        return type(value) + " " + brief(value);
    }

    /** The value as (possibly shortened) JSON text. */
    static String brief(Object value) {
        return brief(value, MAX);
    }

    /** The value as JSON text, shortened to at most {@code max} characters. */
    static String brief(Object value, int max) {
        String text;
        try {
            text = Json.write(value);
        } catch (RuntimeException e) {
            text = String.valueOf(value);
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
