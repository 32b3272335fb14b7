package dev.mcpkit.schema;

import dev.mcpkit.json.Json;
import dev.mcpkit.json.JsonValue;
import java.io.File;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns Java values into JSON model values: records become objects in component order (absent
 * optional components left out), beans go through their getters, enums become names, java.time
 * values ISO-8601 / RFC 3339 strings, byte[] base64. A value that contains itself is an error.
 */
public final class ValueWriter {

    private final List<ValueCodec> codecs;

    public ValueWriter() {
        this(new ArrayList<>());
    }

    /** A writer that hands values of classes the codecs support (other than JDK types) to them. */
    public ValueWriter(List<ValueCodec> codecs) {
        this.codecs = List.copyOf(codecs);
    }

    /**
     * The JSON model value (Map, List, String, Long, BigInteger, Double, BigDecimal, Boolean, null) of
     * a Java value.
     *
     * @throws BindingException naming the JSON pointer of a value that refers back to an enclosing
     *                          one, nests too deep, or cannot be written
     */
    public Object toJson(Object value) {
        return write(value, Pointer.ROOT, null);
    }

    private Object write(Object v, Pointer at, List<Object> enclosing) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double
                || v instanceof BigInteger || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return Double.valueOf(v.toString());
        }
        if (v instanceof CharSequence) {
            return v.toString();
        }
        Class<?> c = v.getClass();
        Kind kind = Kind.of(c);
        switch (kind) {
            case CHAR: case UUID: case URI: case URL: case PATH: case DURATION: case PERIOD: case LOCAL_DATE:
            case INSTANT:
                return v.toString();
            case FILE: return ((File) v).getPath();
            case ENUM: return ((Enum<?>) v).name();
            case NUMBER: return v instanceof java.util.concurrent.atomic.AtomicInteger
                    || v instanceof java.util.concurrent.atomic.AtomicLong ? ((Number) v).longValue() : v;
            case BYTES: return Base64.getEncoder().encodeToString((byte[]) v);
            case OFFSET_DATE_TIME: return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) v);
            case ZONED_DATE_TIME: return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((ZonedDateTime) v);
            case LOCAL_TIME: return DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) v);
            case OFFSET_TIME: return DateTimeFormatter.ISO_OFFSET_TIME.format((OffsetTime) v);
            case LOCAL_DATE_TIME: return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((java.time.LocalDateTime) v);
            case OPTIONAL: return write(((Optional<?>) v).orElse(null), at, enclosing);
            case OPTIONAL_INT:
                return ((OptionalInt) v).isPresent() ? (Object) (long) ((OptionalInt) v).getAsInt() : null;
            case OPTIONAL_LONG: return ((OptionalLong) v).isPresent() ? (Object) ((OptionalLong) v).getAsLong() : null;
            case OPTIONAL_DOUBLE:
                return ((OptionalDouble) v).isPresent() ? (Object) ((OptionalDouble) v).getAsDouble() : null;
            default:
                return container(v, c, kind, at, enter(v, at, enclosing));
        }
    }

    private Object container(Object v, Class<?> c, Kind kind, Pointer at, List<Object> enclosing) {
        try {
            if (kind == Kind.JSON_TREE) {
                ValueCodec codec = codecFor(c);
                return codec != null ? codec.toJson(v) : Json.parse(v.toString()); // a node prints itself as JSON
            }
            if (v instanceof Map) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    Object key = e.getKey();
                    String name = key instanceof Enum ? ((Enum<?>) key).name() : String.valueOf(key);
                    out.put(name, write(e.getValue(), at.child(name), enclosing));
                }
                return out;
            }
            if (v instanceof Iterable) {
                List<Object> out = new ArrayList<>();
                for (Object item : (Iterable<?>) v) {
                    out.add(write(item, at.child(out.size()), enclosing));
                }
                return out;
            }
            if (c.isArray()) {
                int n = Array.getLength(v);
                List<Object> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(write(Array.get(v, i), at.child(i), enclosing));
                }
                return out;
            }
            if (v instanceof JsonValue) {
                return write(((JsonValue) v).toJson(), at, enclosing);
            }
            ValueCodec codec = codecFor(c);
            if (codec != null) {
                return codec.toJson(v);
            }
            if (kind == Kind.RECORD || kind == Kind.BEAN) {
                return object(v, c, at, enclosing);
            }

            throw new BindingException(at.toString(), "cannot write a " + c.getName() + " as JSON");
        } finally {
            enclosing.remove(enclosing.size() - 1);
        }
    }

    private ValueCodec codecFor(Class<?> c) {
        for (ValueCodec codec : codecs) {
            if (codec.supports(c)) {
                return codec;
            }
        }
        return null;
    }

    private Map<String, Object> object(Object v, Class<?> c, Pointer at, List<Object> enclosing) {
        ObjectModel model = ObjectModel.of(c);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Property p : model.properties) {
            if (!p.readable()) {
                continue;
            }
            Pointer child = at.child(p.name);
            Object value;
            try {
                value = p.read(v);
            } catch (BindingException e) {
                throw new BindingException(child.toString(), e.problem(), e.getCause());
            }
            if (!p.required && absent(value)) {
                continue;
            }
            out.put(p.name, write(value, child, enclosing));
        }
        return out;
    }

    private static boolean absent(Object value) {
        return value == null
                || (value instanceof Optional && ((Optional<?>) value).isEmpty())
                || (value instanceof OptionalInt && ((OptionalInt) value).isEmpty())
                || (value instanceof OptionalLong && ((OptionalLong) value).isEmpty())
                || (value instanceof OptionalDouble && ((OptionalDouble) value).isEmpty());
    }

    /** Pushes a container on the stack of enclosing ones, refusing one already there (a cycle). */
    private static List<Object> enter(Object v, Pointer at, List<Object> enclosing) {
        List<Object> stack = enclosing == null ? new ArrayList<>() : enclosing;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i) == v) {
                throw new BindingException(at.toString(), "cycle: this " + v.getClass().getSimpleName()
                        + " refers back to an enclosing value, which JSON cannot represent");
            }
        }
        if (stack.size() >= Json.MAX_DEPTH) {
            throw new BindingException(at.toString(), "value nested deeper than " + Json.MAX_DEPTH + " levels");
        }
        stack.add(v);
        return stack;
    }
}
