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
 * Limits: {@link #MAX_DEPTH} levels of nesting, numbers of {@link #MAX_NUMBER_LENGTH} characters and
 * decimal exponents up to {@link #MAX_EXPONENT}; strings are bounded only by the text (a transport
 * bounds its messages).
 * It exists because creating a Jackson {@code ObjectMapper} costs about 90 ms at start-up, far more
 * than the whole budget for answering {@code initialize}; Jackson is used only to bind user types.
 */
public final class Json {

    /** Nesting deeper than this is rejected rather than risking a stack overflow. */
    public static final int MAX_DEPTH = 256;

    /**
     * The longest number text accepted, in characters. Parsing stays linear in the input: longer
     * numbers are refused with a {@link JsonLimitException} instead of being converted at a cost
     * that grows with the square of their length.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * The largest decimal exponent of a number too large for a {@code double}; such a number is kept
     * exactly as a {@link BigDecimal} up to this, and refused with a {@link JsonLimitException}
     * beyond it (turning {@code 1e999999999} into an integer would take all memory). Numbers too
     * small for a double become 0, as usual.
     */
    public static final int MAX_EXPONENT = 1000;

    private Json() {
    }

    /**
     * Parses one JSON document; trailing non-whitespace is an error.
     *
     * @throws JsonException for text that is not JSON; a {@link JsonLimitException} for a number beyond the limits
     */
    public static Object parse(CharSequence text) {
        return new JsonReader(text, MAX_DEPTH).readDocument();
    }

    /**
     * The value of one member of a top-level object, read even from malformed, truncated or
     * over-limit text (for example the {@code id} of a message that cannot be parsed); a string,
     * number or null, or {@code absent} when it cannot be read.
     */
    public static Object topLevelMember(CharSequence text, String name, Object absent) {
        return JsonReader.topLevelMember(text, name, absent);
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
