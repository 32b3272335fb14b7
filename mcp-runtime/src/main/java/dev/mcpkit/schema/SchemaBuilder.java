package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One schema generation: walks Java types and collects {@code $defs} for recursive object types, which
 * are referenced as {@code #/$defs/Name}; other object types are written inline for readability.
 */
final class SchemaBuilder {

    private static final String LOCAL_TIME_PATTERN = "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";
    private static final String LOCAL_DATE_TIME_PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$";

    /**
     * What {@link java.time.Duration#toString()} prints. Output schemas use it instead of format
     * "duration" because clients' Ajv (ajv-formats) rejects fractional seconds like PT1.5S.
     */
    private static final String DURATION_PATTERN =
            "^-?P(?:-?\\d+D)?(?:T(?:-?\\d+H)?(?:-?\\d+M)?(?:-?\\d+(?:\\.\\d{1,9})?S)?)?$";

    private final List<ValueCodec> codecs;
    private final ValueBinder binder;
    /** Input schemas describe writable bean properties, output schemas readable ones. */
    private final boolean input;
    private final Map<String, Object> defs = new LinkedHashMap<>();
    private final Map<Type, Def> seen = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    /** Book-keeping for an object type being generated. */
    private static final class Def {
        String name;
        boolean inProgress = true;
        boolean recursive;
    }

    SchemaBuilder(List<ValueCodec> codecs, ValueBinder binder, boolean input) {
        this.codecs = codecs;
        this.binder = binder;
        this.input = input;
    }

    /** The schema of a root value: an object type is written inline even when recursive. */
    Map<String, Object> root(Type type, Arg arg, String where) {
        Map<String, Object> s = schema(type, arg, where);
        Object ref = s.get("$ref");
        if (ref instanceof String && ((String) ref).startsWith("#/$defs/")) {
            Map<String, Object> inline = new LinkedHashMap<>(def(((String) ref).substring(8)));
            for (Map.Entry<String, Object> e : s.entrySet()) {
                if (!e.getKey().equals("$ref")) {
                    inline.put(e.getKey(), e.getValue());
                }
            }
            return inline;
        }
        return s;
    }

    /** Adds the collected {@code $defs} (if any) to the root schema. */
    Map<String, Object> finish(Map<String, Object> root) {
        if (!defs.isEmpty()) {
            root.put("$defs", defs);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> def(String name) {
        return (Map<String, Object>) defs.get(name);
    }

    Map<String, Object> schema(Type declared, Arg arg, String where) {
        Type type = Types.normalize(declared);
        Class<?> raw = Types.raw(type);
        Kind kind = Kind.of(raw);
        Map<String, Object> s = null;
        if (kind.structured()) {
            ValueCodec codec = codecFor(type);
            if (codec != null) {
                s = new LinkedHashMap<>(codec.schema(type));
            }
        }
        if (s == null) {
            s = base(type, raw, kind, where);
        }
        return arg == null ? s : annotate(s, arg, type, where);
    }

    private ValueCodec codecFor(Type type) {
        for (ValueCodec codec : codecs) {
            if (codec.supports(type)) {
                return codec;
            }
        }
        return null;
    }

    private Map<String, Object> base(Type type, Class<?> raw, Kind kind, String where) {
        switch (kind) {
            case STRING: case PATH: case FILE: return typed("string");
            case CHAR: return typed("string", "minLength", 1L, "maxLength", 1L);
            case BOOLEAN: return typed("boolean");
            case INT: case LONG: case SHORT: case BYTE: case BIG_INTEGER: case OPTIONAL_INT: case OPTIONAL_LONG:
                return typed("integer");
            case FLOAT: case DOUBLE: case BIG_DECIMAL: case NUMBER: case OPTIONAL_DOUBLE: return typed("number");
            case ENUM: return enumSchema(raw);
            case BYTES: return typed("string", "contentEncoding", "base64");
            case ARRAY: return array(Types.componentType(type), false, where);
            case COLLECTION:
                return array(Types.argument(type, Iterable.class, 0), Set.class.isAssignableFrom(raw), where);
            case MAP: return map(type, where);
            case OPTIONAL: return schema(Types.argument(type, Optional.class, 0), null, where);
            case INSTANT: case OFFSET_DATE_TIME: case ZONED_DATE_TIME: return typed("string", "format", "date-time");
            case LOCAL_DATE: return typed("string", "format", "date");
            case OFFSET_TIME: return typed("string", "format", "time");
            case LOCAL_TIME: return typed("string", "pattern", LOCAL_TIME_PATTERN);
            case LOCAL_DATE_TIME: return typed("string", "pattern", LOCAL_DATE_TIME_PATTERN);
            case DURATION:
                return input ? typed("string", "format", "duration") : typed("string", "pattern", DURATION_PATTERN);
            case PERIOD: return typed("string", "format", "duration");
            case UUID: return typed("string", "format", "uuid");
            case URI: return typed("string", "format", input ? "uri" : "uri-reference"); // a result may be relative
            case URL: return typed("string", "format", "uri");
            case ANY: case JSON_VALUE: case JSON_TREE: return new LinkedHashMap<>();
            case RECORD: case BEAN: return object(type, raw, where);
            default:
                throw new SchemaException("cannot describe " + type.getTypeName() + " (" + where
                        + ") in JSON Schema: use a String, number, boolean, enum, record, List, Map<String,...>,"
                        + " Optional or java.time type, or register a ValueCodec for it");
        }
    }

    private static Map<String, Object> typed(String type, Object... more) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", type);
        for (int i = 0; i + 1 < more.length; i += 2) {
            s.put((String) more[i], more[i + 1]);
        }
        return s;
    }

    private static Map<String, Object> enumSchema(Class<?> raw) {
        Class<?> enumClass = raw.isEnum() ? raw : raw.getSuperclass();
        List<Object> names = new ArrayList<>();
        for (Object constant : enumClass.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return typed("string", "enum", names);
    }

    private Map<String, Object> array(Type element, boolean unique, String where) {
        Map<String, Object> s = typed("array");
        Map<String, Object> items = schema(element, null, where + "[]");
        if (!items.isEmpty()) {
            s.put("items", items);
        }
        if (unique) {
            s.put("uniqueItems", Boolean.TRUE);
        }
        return s;
    }

    private Map<String, Object> map(Type type, String where) {
        Type key = Types.argument(type, Map.class, 0);
        Kind keyKind = Kind.of(Types.raw(key));
        if (keyKind != Kind.STRING && keyKind != Kind.ENUM && keyKind != Kind.INT && keyKind != Kind.LONG
                && keyKind != Kind.SHORT && keyKind != Kind.BYTE && keyKind != Kind.BIG_INTEGER
                && keyKind != Kind.UUID && keyKind != Kind.ANY) {
            throw new SchemaException("cannot describe " + type.getTypeName() + " (" + where
                    + ") in JSON Schema: map keys must be strings, enums, integers or UUIDs");
        }
        Map<String, Object> s = typed("object");
        Map<String, Object> values = schema(Types.argument(type, Map.class, 1), null, where + "{}");
        if (!values.isEmpty()) {
            s.put("additionalProperties", values);
        }
        return s;
    }

    private Map<String, Object> object(Type type, Class<?> raw, String where) {
        Def def = seen.get(type);
        if (def != null) {
            def.recursive = true;
            if (def.name == null) {
                def.name = uniqueName(type);
            }
            return ref(def.name);
        }
        def = new Def();
        seen.put(type, def);
        ObjectModel model = ObjectModel.of(type);
        if (input && !model.creatable()) {
            throw new SchemaException("cannot create " + type.getTypeName() + " (" + where + ") from JSON: give it a"
                    + " no-argument constructor, make it a record, or register a ValueCodec for it");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (Property p : model.properties) {
            if (model.record || (input ? p.writable() : p.readable())) {
                properties.put(p.name, schema(p.type, p.arg, where + " > " + raw.getSimpleName() + "." + p.name));
                if (p.required) {
                    required.add(p.name);
                }
            }
        }
        Map<String, Object> s = typed("object");
        if (!properties.isEmpty()) {
            s.put("properties", properties);
        }
        if (!required.isEmpty()) {
            s.put("required", required);
        }
        s.put("additionalProperties", Boolean.FALSE);
        def.inProgress = false;
        if (def.recursive) {
            defs.put(def.name, s);
            return ref(def.name);
        }
        seen.remove(type);
        return s;
    }

    private static Map<String, Object> ref(String name) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("$ref", "#/$defs/" + name);
        return s;
    }

    private String uniqueName(Type type) {
        String base = simpleName(type);
        String name = base;
        for (int i = 2; !names.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    private static String simpleName(Type type) {
        Class<?> raw = Types.raw(type);
        StringBuilder name = new StringBuilder(raw.getSimpleName().isEmpty() ? "Object" : raw.getSimpleName());
        if (type instanceof ParameterizedType) {
            for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
                name.append('_').append(simpleName(Types.normalize(arg)));
            }
        }
        return name.toString().replace("[]", "Array");
    }

    /** Applies an {@link Arg}: description, constraints that fit the schema's type, and the default. */
    private Map<String, Object> annotate(Map<String, Object> base, Arg arg, Type type, String where) {
        Map<String, Object> s = new LinkedHashMap<>();
        Object t = base.get("type");
        if (t != null) {
            s.put("type", t);
        } else if (base.containsKey("$ref")) {
            s.put("$ref", base.get("$ref"));
        }
        if (!arg.description().isEmpty()) {
            s.put("description", arg.description());
        }
        s.putAll(base);
        if (!arg.description().isEmpty()) {
            s.put("description", arg.description()); // the Arg's wins over one a codec supplied
        }
        if (arg.min() != Double.NEGATIVE_INFINITY && fits(t, where, "min", "integer", "number")) {
            s.put("minimum", number(arg.min()));
        }
        if (arg.max() != Double.POSITIVE_INFINITY && fits(t, where, "max", "integer", "number")) {
            s.put("maximum", number(arg.max()));
        }
        if (arg.minLength() >= 0 && fits(t, where, "minLength", "string", null)) {
            s.put("minLength", (long) arg.minLength());
        }
        if (arg.maxLength() >= 0 && fits(t, where, "maxLength", "string", null)) {
            s.put("maxLength", (long) arg.maxLength());
        }
        if (!arg.pattern().isEmpty() && fits(t, where, "pattern", "string", null)) {
            s.put("pattern", arg.pattern());
        }
        if (arg.minItems() >= 0 && fits(t, where, "minItems", "array", null)) {
            s.put("minItems", (long) arg.minItems());
        }
        if (arg.maxItems() >= 0 && fits(t, where, "maxItems", "array", null)) {
            s.put("maxItems", (long) arg.maxItems());
        }
        if (Nullability.hasDefault(arg)) {
            Object value = defaultJson(arg, type, where);
            checkDefault(s, value, arg, where);
            s.put("default", value);
        }
        return s;
    }

    /** A constraint on a type it cannot apply to is a mistake worth failing the start for. */
    private static boolean fits(Object type, String where, String constraint, String expected, String orExpected) {
        if (type == null || type.equals(expected) || type.equals(orExpected)) {
            return true;
        }
        throw new SchemaException("@Arg(" + constraint + ") on " + where + " does not apply to a JSON " + type
                + "; it constrains " + expected + (orExpected == null ? "" : " or " + orExpected) + " values");
    }

    /** The default as the writer would send it: {@code "celsius"} for an enum becomes {@code "CELSIUS"}. */
    private Object defaultJson(Arg arg, Type type, String where) {
        try {
            return new ValueWriter(codecs).toJson(binder.bind(binder.defaultJson(arg, type), type));
        } catch (BindingException | dev.mcpkit.json.JsonException e) {
            throw new SchemaException("@Arg(defaultValue = \"" + arg.defaultValue() + "\") on " + where
                    + " is not a valid " + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    /** A default that breaks the argument's own constraints would be sent by clients and then rejected. */
    private static void checkDefault(Map<String, Object> schema, Object value, Arg arg, String where) {
        if (dev.mcpkit.json.Json.write(schema).contains("\"$ref\"")) {
            return; // refers to $defs that exist only in the finished document
        }
        List<ValidationError> problems = SchemaValidator.validate(schema, value);
        if (!problems.isEmpty()) {
            throw new SchemaException("@Arg(defaultValue = \"" + arg.defaultValue() + "\") on " + where
                    + " breaks the argument's own schema: " + ValidationError.describe(problems));
        }
    }

    static Number number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
            return (long) d;
        }
        return d;
    }
}
