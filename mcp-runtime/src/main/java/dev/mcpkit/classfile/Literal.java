package dev.mcpkit.classfile;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * Base of the plain-object implementations of mcpkit's annotations, built from class-file values
 * with the annotation's declared defaults. Equality follows the values, as for JDK annotations.
 */
abstract class Literal implements Annotation {

    private final Map<String, Object> values;

    Literal(Map<String, Object> values) {
        this.values = values;
    }

    /** Whether the class file gives {@code name} a value (written in the source, not the declared default). */
    final boolean has(String name) {
        return values.containsKey(name);
    }

    final Object raw(String name) {
        return values.get(name);
    }

    final String string(String name, String defaultValue) {
        Object v = values.get(name);
        return v instanceof String ? (String) v : defaultValue;
    }

    final boolean bool(String name, boolean defaultValue) {
        Object v = values.get(name);
        return v instanceof Boolean ? (Boolean) v : defaultValue;
    }

    final int integer(String name, int defaultValue) {
        Object v = values.get(name);
        return v instanceof Number ? ((Number) v).intValue() : defaultValue;
    }

    final double decimal(String name, double defaultValue) {
        Object v = values.get(name);
        return v instanceof Number ? ((Number) v).doubleValue() : defaultValue;
    }

    final String[] strings(String name) {
        Object v = values.get(name);
        if (v instanceof List) {
            List<?> list = (List<?>) v;
            String[] out = new String[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = String.valueOf(list.get(i));
            }
            return out;
        }
        return new String[0];
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Literal && o.getClass() == getClass() && ((Literal) o).values.equals(values);
    }

    @Override
    public final int hashCode() {
        return values.hashCode();
    }

    @Override
    public final String toString() {
        return "@" + annotationType().getName() + values;
    }
}
