package dev.mcpkit.internal;

import dev.mcpkit.Arg;
import dev.mcpkit.json.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where Java types meet JSON: schemas for parameters and results, argument
 * validation, binding JSON to Java values and back. (Interim implementation for simple types.)
 */
public final class TypeMapping {

    /** A tool/prompt parameter as the schema sees it. */
    public record Param(String name, Type type, Arg arg, boolean required) {
    }

    private TypeMapping() {
    }

    public static Map<String, Object> inputSchema(List<Param> params) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!params.isEmpty()) {
            Map<String, Object> props = new LinkedHashMap<>();
            List<Object> required = new ArrayList<>();
            for (Param p : params) {
                props.put(p.name(), schemaFor(p.type(), p.arg()));
                if (p.required()) {
                    required.add(p.name());
                }
            }
            schema.put("properties", props);
            if (!required.isEmpty()) {
                schema.put("required", required);
            }
        }
        schema.put("additionalProperties", Boolean.FALSE);
        return schema;
    }

    public static Map<String, Object> outputSchema(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return schemaFor(type, null);
        }
        return null;
    }

    static Map<String, Object> schemaFor(Type type, Arg arg) {
        Class<?> raw = raw(type);
        Map<String, Object> s = new LinkedHashMap<>();
        if (raw == Optional.class) {
            return schemaFor(((ParameterizedType) type).getActualTypeArguments()[0], arg);
        } else if (raw == String.class) {
            s.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            s.put("type", "integer");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            s.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw.isEnum()) {
            s.put("type", "string");
            List<Object> names = new ArrayList<>();
            for (Object c : raw.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            s.put("enum", names);
        } else if (List.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            s.put("items", schemaFor(((ParameterizedType) type).getActualTypeArguments()[0], null));
        } else if (raw.isRecord()) {
            s.put("type", "object");
            Map<String, Object> props = new LinkedHashMap<>();
            List<Object> req = new ArrayList<>();
            for (RecordComponent rc : raw.getRecordComponents()) {
                props.put(rc.getName(), schemaFor(rc.getGenericType(), dev.mcpkit.internal.classfile.Annotations.arg(rc)));
                if (raw(rc.getGenericType()) != Optional.class) {
                    req.add(rc.getName());
                }
            }
            s.put("properties", props);
            s.put("required", req);
        }
        if (arg != null) {
            if (!arg.description().isEmpty()) {
                s.put("description", arg.description());
            }
            if (!Arg.NO_DEFAULT.equals(arg.defaultValue())) {
                s.put("default", defaultValue(arg, type));
            }
            if (arg.min() != Double.NEGATIVE_INFINITY) {
                s.put("minimum", arg.min());
            }
            if (arg.max() != Double.POSITIVE_INFINITY) {
                s.put("maximum", arg.max());
            }
        }
        return s;
    }

    public static ArgumentsValidator validator(Map<String, Object> schema) {
        return new ArgumentsValidator() {
            @Override
            public List<String> validate(Object arguments) {
                List<String> errors = new ArrayList<>();
                Map<?, ?> args = (Map<?, ?>) arguments;
                Object req = schema.get("required");
                if (req instanceof List) {
                    for (Object r : (List<?>) req) {
                        if (!args.containsKey(r)) {
                            errors.add("missing required property \"" + r + "\"");
                        }
                    }
                }
                Object props = schema.get("properties");
                for (Object key : args.keySet()) {
                    if (!(props instanceof Map) || !((Map<?, ?>) props).containsKey(key)) {
                        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                            errors.add("unexpected property \"" + key + "\"");
                        }
                        continue;
                    }
                    Map<?, ?> ps = (Map<?, ?>) ((Map<?, ?>) props).get(key);
                    Object v = args.get(key);
                    Object t = ps.get("type");
                    boolean ok = t == null
                            || ("string".equals(t) && v instanceof String)
                            || ("integer".equals(t) && (v instanceof Long || v instanceof java.math.BigInteger))
                            || ("number".equals(t) && v instanceof Number)
                            || ("boolean".equals(t) && v instanceof Boolean)
                            || ("array".equals(t) && v instanceof List)
                            || ("object".equals(t) && v instanceof Map);
                    if (!ok) {
                        errors.add("/" + key + ": expected " + t + " but got " + Json.write(v));
                    }
                }
                return errors;
            }
        };
    }

    public static boolean isOptional(Type type) {
        Class<?> raw = raw(type);
        return raw == Optional.class;
    }

    public static Object defaultValue(Arg arg, Type type) {
        String text = arg.defaultValue();
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            raw = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
        }
        if (raw == String.class || raw.isEnum()) {
            return text;
        }
        return Json.parse(text);
    }

    public static Object bind(Object json, Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return Optional.ofNullable(json == null ? null : bind(json, ((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (json == null) {
            return raw.isPrimitive() ? defaultPrimitive(raw) : null;
        }
        if (raw == int.class || raw == Integer.class) {
            return ((Number) json).intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return ((Number) json).longValue();
        }
        if (raw == double.class || raw == Double.class) {
            return ((Number) json).doubleValue();
        }
        if (raw == float.class || raw == Float.class) {
            return ((Number) json).floatValue();
        }
        if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(json)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown value " + json);
        }
        return json;
    }

    private static Object defaultPrimitive(Class<?> raw) {
        if (raw == boolean.class) {
            return false;
        }
        if (raw == int.class) {
            return 0;
        }
        if (raw == long.class) {
            return 0L;
        }
        return 0.0;
    }

    public static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Optional) {
            return toJson(((Optional<?>) value).orElse(null));
        }
        if (value instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) value) {
                out.add(toJson(o));
            }
            return out;
        }
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.put(String.valueOf(e.getKey()), toJson(e.getValue()));
            }
            return out;
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    out.put(rc.getName(), toJson(rc.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        return value.toString();
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }
}
