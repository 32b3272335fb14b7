package dev.mcpkit.schema;

import java.lang.reflect.Type;
import java.util.Map;

/**
 * Converts a type the schema package does not handle itself (plugged in for exotic classes, e.g.
 * through Jackson). Codecs are asked after the JDK types mcpkit knows and before records and beans.
 */
public interface ValueCodec {

    /** Whether this codec handles values of the given (possibly parameterized) type. */
    boolean supports(Type type);

    /** A Java value of {@code type} from a JSON model value (Map, List, String, Number, Boolean, null). */
    Object bind(Object json, Type type);

    /** The JSON model value of a Java value whose class this codec supports. */
    Object toJson(Object value);

    /** The JSON Schema for the type; the empty schema (anything) unless overridden. */
    default Map<String, Object> schema(Type type) {
        return new java.util.LinkedHashMap<>();
    }
}
