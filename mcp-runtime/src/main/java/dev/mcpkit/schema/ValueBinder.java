package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import dev.mcpkit.json.Json;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns JSON model values (Map, List, String, Long/BigInteger, Double/BigDecimal, Boolean, null) into
 * Java values of a declared type: every type {@link SchemaGenerator} describes, plus codec types.
 * Unknown JSON properties are ignored (validation rejects them first).
 */
public final class ValueBinder {

    private static final Class<?>[] COLLECTIONS = {ArrayList.class, LinkedHashSet.class, TreeSet.class,
        ArrayDeque.class};
    private static final Class<?>[] MAPS = {LinkedHashMap.class, TreeMap.class,
        java.util.concurrent.ConcurrentHashMap.class};

    private static final Map<Class<?>, Map<String, Enum<?>>> ENUMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Constants by name, then by lower-case name for a case-insensitive second try. */
    private static Map<String, Enum<?>> constants(Class<?> type) {
        Map<String, Enum<?>> byName = ENUMS.get(type);
        if (byName == null) {
            byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byName.put(e.name(), e);
            }
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            }
            ENUMS.put(type, byName);
        }
        return byName;
    }

    private final List<ValueCodec> codecs;

    public ValueBinder() {
        this(new ArrayList<>());
    }

    /** A binder that hands types the codecs support (other than JDK types it knows) to them. */
    public ValueBinder(List<ValueCodec> codecs) {
        this.codecs = List.copyOf(codecs);
    }

    /**
     * A Java value of the given type from a JSON model value.
     *
     * @throws BindingException naming the JSON pointer of the value that does not fit
     */
    public Object bind(Object json, Type type) {
        return bind(json, type, Pointer.ROOT);
    }

    /**
     * The Java value of an {@link Arg#defaultValue()} for the given type (written as JSON, except that
     * strings, enum names, dates and the like need no quotes); null when the Arg has no default.
     *
     * @throws BindingException or {@link dev.mcpkit.json.JsonException} when the text does not fit
     */
    public Object defaultValue(Arg arg, Type type) {
        if (!Nullability.hasDefault(arg)) {
            return null;
        }
        return bind(defaultJson(arg, type), type);
    }

    /** The JSON model value of an {@link Arg#defaultValue()}; null when there is none. */
    Object defaultJson(Arg arg, Type type) {
        if (!Nullability.hasDefault(arg)) {
            return null;
        }
        String text = arg.defaultValue();
        Type inner = Types.normalize(type);
        if (Types.raw(inner) == Optional.class) {
            inner = Types.argument(inner, Optional.class, 0);
        }
        Kind kind = Kind.of(Types.raw(inner));
        switch (kind) {
            case STRING: case CHAR: case ENUM: case BYTES: case INSTANT: case OFFSET_DATE_TIME:
            case ZONED_DATE_TIME: case LOCAL_DATE: case LOCAL_TIME: case OFFSET_TIME: case LOCAL_DATE_TIME:
            case DURATION: case PERIOD: case UUID: case URI: case URL: case PATH: case FILE:
                return text;
            default:
                return Json.parse(text);
        }
    }

    Object bind(Object json, Type declared, Pointer at) {
        if (declared == String.class && json instanceof String) {
            return json;   // by far the most common argument: no type analysis
        }
        Type type = declared instanceof Class ? declared : Types.normalize(declared);
        Class<?> raw = Types.raw(type);
        Kind kind = Kind.of(raw);
        if (json instanceof String && kind == Kind.STRING) {
            return json;
        }
        if (json == null) {
            return nullFor(kind, raw, at);
        }
        switch (kind) {
            case STRING: throw mismatch("string", json, at);
            case CHAR: return character(json, at);
            case BOOLEAN:
                if (json instanceof Boolean) {
                    return json;
                }
                throw mismatch("boolean", json, at);
            case INT: return (int) integer(json, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", at);
            case LONG: return integer(json, Long.MIN_VALUE, Long.MAX_VALUE, "long", at);
            case SHORT: return (short) integer(json, Short.MIN_VALUE, Short.MAX_VALUE, "short", at);
            case BYTE: return (byte) integer(json, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", at);
            case BIG_INTEGER: return bigInteger(json, at);
            case FLOAT: return (float) number(json, at).doubleValue();
            case DOUBLE: return number(json, at).doubleValue();
            case BIG_DECIMAL: return decimal(json, at);
            case NUMBER: return number(json, at);
            case ENUM: return enumConstant(raw.isEnum() ? raw : raw.getSuperclass(), json, at);
            case BYTES: return bytes(json, at);
            case ARRAY: return array(json, Types.componentType(type), at);
            case COLLECTION: return collection(json, type, raw, at);
            case MAP: return map(json, type, raw, at);
            case OPTIONAL: return Optional.ofNullable(bind(json, Types.argument(type, Optional.class, 0), at));
            case OPTIONAL_INT:
                return OptionalInt.of((int) integer(json, Integer.MIN_VALUE, Integer.MAX_VALUE, "int", at));
            case OPTIONAL_LONG: return OptionalLong.of(integer(json, Long.MIN_VALUE, Long.MAX_VALUE, "long", at));
            case OPTIONAL_DOUBLE: return OptionalDouble.of(number(json, at).doubleValue());
            case ANY: return json;
            default:
                if (kind.structured()) {
                    for (ValueCodec codec : codecs) {
                        if (codec.supports(type)) {
                            return codec.bind(json, type);
                        }
                    }
                }
                if (kind == Kind.RECORD || kind == Kind.BEAN) {
                    return object(json, type, at);
                }
                if (kind == Kind.UNSUPPORTED || kind == Kind.JSON_VALUE || kind == Kind.JSON_TREE) {
                    throw new BindingException(at.toString(), "cannot bind JSON to " + type.getTypeName()
                            + " without a ValueCodec for it");
                }
                return TextValues.parse(kind, json, at);
        }
    }

    private static Object nullFor(Kind kind, Class<?> raw, Pointer at) {
        switch (kind) {
            case OPTIONAL: return Optional.empty();
            case OPTIONAL_INT: return OptionalInt.empty();
            case OPTIONAL_LONG: return OptionalLong.empty();
            case OPTIONAL_DOUBLE: return OptionalDouble.empty();
            default:
                if (raw.isPrimitive()) {
                    throw new BindingException(at.toString(), "expected " + raw.getName() + " but got null");
                }
                return null;
        }
    }

    /** The value of an absent property: its default, an empty Optional, or null for optional ones. */
    Object absent(Property p, Pointer at) {
        if (p.arg != null && Nullability.hasDefault(p.arg)) {
            Object json = p.defaultCache;
            if (json == null) {
                json = defaultJson(p.arg, p.type);
                p.defaultCache = json;
            }
            return bind(json, p.type, at);
        }
        Class<?> raw = Types.raw(Types.normalize(p.type));
        if (p.required) {
            throw new BindingException(at.toString(), "missing required property \"" + p.name + "\"");
        }
        if (raw.isPrimitive()) {
            return Array.get(Array.newInstance(raw, 1), 0);
        }
        return nullFor(Kind.of(raw), raw, at);
    }

    static BindingException mismatch(String expected, Object json, Pointer at) {
        return new BindingException(at.toString(), "expected " + expected + " but got " + ValueText.describe(json));
    }

    private static Object character(Object json, Pointer at) {
        if (json instanceof String && ((String) json).length() == 1) {
            return ((String) json).charAt(0);
        }
        throw mismatch("a single character", json, at);
    }

    private static long integer(Object json, long min, long max, String name, Pointer at) {
        long value;
        if (json instanceof Long || json instanceof Integer || json instanceof Short || json instanceof Byte) {
            value = ((Number) json).longValue();
        } else if (json instanceof BigInteger || json instanceof BigDecimal || json instanceof Double
                || json instanceof Float) {
            if (!ValueText.isInteger((Number) json)) {
                throw mismatch("integer", json, at);
            }
            BigInteger big = json instanceof BigInteger ? (BigInteger) json
                    : new BigDecimal(json.toString()).toBigIntegerExact();
            if (big.bitLength() > 63) {
                throw range(json, min, max, name, at);
            }
            value = big.longValue();
        } else {
            throw mismatch("integer", json, at);
        }
        if (value < min || value > max) {
            throw range(json, min, max, name, at);
        }
        return value;
    }

    private static BindingException range(Object json, long min, long max, String name, Pointer at) {
        return new BindingException(at.toString(), ValueText.brief(json) + " does not fit in " + name
                + " (" + min + ".." + max + ")");
    }

    private static BigInteger bigInteger(Object json, Pointer at) {
        if (json instanceof BigInteger) {
            return (BigInteger) json;
        }
        if (json instanceof Number && ValueText.isInteger((Number) json)) {
            return json instanceof Long ? BigInteger.valueOf((Long) json)
                    : new BigDecimal(json.toString()).toBigIntegerExact();
        }
        throw mismatch("integer", json, at);
    }

    private static Number number(Object json, Pointer at) {
        if (json instanceof Number) {
            return (Number) json;
        }
        throw mismatch("number", json, at);
    }

    private static BigDecimal decimal(Object json, Pointer at) {
        if (json instanceof BigDecimal) {
            return (BigDecimal) json;
        }
        if (json instanceof BigInteger) {
            return new BigDecimal((BigInteger) json);
        }
        return new BigDecimal(number(json, at).toString());
    }

    private static Object enumConstant(Class<?> enumClass, Object json, Pointer at) {
        if (json instanceof String) {
            Map<String, Enum<?>> constants = constants(enumClass);
            Enum<?> e = constants.get(json);
            if (e == null) {
                e = constants.get(((String) json).toLowerCase(Locale.ROOT));
            }
            if (e != null) {
                return e;
            }
            List<String> names = new ArrayList<>();
            for (Object c : enumClass.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            throw new BindingException(at.toString(), ValueText.brief(json) + " is not one of "
                    + ValueText.brief(names));
        }
        throw mismatch("string", json, at);
    }

    private static byte[] bytes(Object json, Pointer at) {
        if (!(json instanceof String)) {
            throw mismatch("base64 string", json, at);
        }
        String s = withoutWhitespace((String) json);
        try {
            return s.indexOf('-') >= 0 || s.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(s)
                    : Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new BindingException(at.toString(), "invalid base64: " + e.getMessage());
        }
    }

    /** Base64 text may be wrapped in lines (MIME); the strict decoder rejects the line breaks. */
    private static String withoutWhitespace(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private Object array(Object json, Type component, Pointer at) {
        List<?> list = list(json, at);
        Object array = Array.newInstance(Types.raw(Types.normalize(component)), list.size());
        for (int i = 0; i < list.size(); i++) {
            Array.set(array, i, bind(list.get(i), component, at.child(i)));
        }
        return array;
    }

    @SuppressWarnings("unchecked")
    private Object collection(Object json, Type type, Class<?> raw, Pointer at) {
        List<?> list = list(json, at);
        Collection<Object> out = (Collection<Object>) instance(raw, COLLECTIONS, at);
        Type element = Types.argument(type, Iterable.class, 0);
        for (int i = 0; i < list.size(); i++) {
            out.add(bind(list.get(i), element, at.child(i)));
        }
        return out;
    }

    private static List<?> list(Object json, Pointer at) {
        if (json instanceof List) {
            return (List<?>) json;
        }
        throw mismatch("array", json, at);
    }

    @SuppressWarnings("unchecked")
    private Object map(Object json, Type type, Class<?> raw, Pointer at) {
        if (!(json instanceof Map)) {
            throw mismatch("object", json, at);
        }
        Map<Object, Object> out = (Map<Object, Object>) instance(raw, MAPS, at);
        Type keyType = Types.argument(type, Map.class, 0);
        Type valueType = Types.argument(type, Map.class, 1);
        Kind keyKind = Kind.of(Types.raw(keyType));
        for (Map.Entry<?, ?> e : ((Map<?, ?>) json).entrySet()) {
            String key = String.valueOf(e.getKey());
            Pointer child = at.child(key);
            Object javaKey = keyKind == Kind.STRING || keyKind == Kind.ANY ? key : bindKey(key, keyType, child);
            out.put(javaKey, bind(e.getValue(), valueType, child));
        }
        return out;
    }

    private Object bindKey(String key, Type keyType, Pointer at) {
        Kind kind = Kind.of(Types.raw(keyType));
        if (kind == Kind.INT || kind == Kind.LONG || kind == Kind.SHORT || kind == Kind.BYTE
                || kind == Kind.BIG_INTEGER) {
            try {
                return bind(new BigInteger(key), keyType, at);
            } catch (NumberFormatException e) {
                throw new BindingException(at.toString(), "key \"" + key + "\" is not an integer");
            }
        }
        return bind(key, keyType, at);
    }

    private static Object instance(Class<?> raw, Class<?>[] defaults, Pointer at) {
        for (Class<?> candidate : defaults) {
            if (raw.isAssignableFrom(candidate) && (raw.isInterface()
                    || java.lang.reflect.Modifier.isAbstract(raw.getModifiers()) || raw == candidate)) {
                try {
                    return candidate.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    break;
                }
            }
        }
        try {
            return raw.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new BindingException(at.toString(), "cannot create a " + raw.getName());
        }
    }

    private Object object(Object json, Type type, Pointer at) {
        if (!(json instanceof Map)) {
            throw mismatch("object", json, at);
        }
        Map<?, ?> map = (Map<?, ?>) json;
        ObjectModel model = ObjectModel.of(type);
        List<Property> properties = model.properties;
        if (model.record) {
            Object[] values = new Object[properties.size()];
            for (int i = 0; i < values.length; i++) {
                Property p = properties.get(i);
                Object value = map.get(p.name);
                Pointer child = at.child(p.name);
                values[i] = value == null && (!map.containsKey(p.name) || Nullability.hasDefault(p.arg))
                        ? absent(p, child) : bind(value, p.type, child);
            }
            return model.create(values, at.toString());
        }
        Object bean = model.create(null, at.toString());
        for (Property p : properties) {
            if (p.writable()) {
                Object value = map.get(p.name);
                Pointer child = at.child(p.name);
                if (value != null || map.containsKey(p.name)) {
                    p.write(bean, bind(value, p.type, child));
                } else if (Nullability.hasDefault(p.arg)) {
                    p.write(bean, absent(p, child));
                }
            }
        }
        return bean;
    }
}
