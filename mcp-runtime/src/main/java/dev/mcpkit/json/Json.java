package dev.mcpkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The runtime's own JSON reader and writer for protocol messages.
 *
 * <p>JSON values are plain Java values: {@link Map} (a {@link JsonObject}, keys in document
 * order), {@link List}, {@link String}, {@link Long} or {@link BigInteger} for integers,
 * {@link Double} or {@link BigDecimal} for other numbers, {@link Boolean} and {@code null}.
 * It exists because creating a Jackson {@code ObjectMapper} costs about 90 ms at start-up, far more
 * than the whole budget for answering {@code initialize}; Jackson is used only to bind user types.
 */
public final class Json {

    /** Nesting deeper than this is rejected rather than risking a stack overflow. */
    public static final int MAX_DEPTH = 256;

    private Json() {
    }

    /** Parses one JSON document; trailing non-whitespace is an error. */
    public static Object parse(CharSequence text) {
        return new JsonReader(text, MAX_DEPTH).readDocument();
    }

    /** Writes a value as compact JSON on one line (newlines inside strings are escaped). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(128);
        write(value, out);
        return out.toString();
    }

    /** Appends a value as compact JSON. */
    public static void write(Object value, StringBuilder out) {
        JsonWriter.write(value, out, 0);
    }

    /** Writes a value as indented JSON for humans (two spaces), ending without a newline. */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder(256);
        JsonWriter.writePretty(value, out, 0);
        return out.toString();
    }

    /** A new empty object that keeps insertion order. */
    public static Map<String, Object> object() {
        return new JsonObject();
    }

    /** A new object from alternating keys and values; {@code null} values are left out. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new JsonObject(Math.max(1, keysAndValues.length / 2));
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** A new list holding the given values. */
    public static List<Object> array(Collection<?> values) {
        return new ArrayList<>(values);
    }
}
