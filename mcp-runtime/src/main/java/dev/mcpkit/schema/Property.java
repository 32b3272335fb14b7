package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/** A record component or bean property: its JSON name, resolved type, {@link Arg} and accessors. */
final class Property {

    final String name;
    final Type type;
    final Arg arg;
    final boolean required;
    private final Method getter;
    private final Method setter;
    private final Field field;
    private final boolean fieldWritable;
    /** Parsed {@link Arg#defaultValue()}, filled by the binder on first use. */
    volatile Object defaultCache;

    Property(String name, Type type, Arg arg, boolean required, Method getter, Method setter, Field field,
            boolean fieldWritable) {
        this.name = name;
        this.type = type;
        this.arg = arg;
        this.required = required;
        this.getter = getter;
        this.setter = setter;
        this.field = field;
        this.fieldWritable = fieldWritable;
    }

    boolean readable() {
        return getter != null || field != null;
    }

    boolean writable() {
        return setter != null || fieldWritable;
    }

    Object read(Object target) {
        try {
            return getter != null ? getter.invoke(target) : field.get(target);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new BindingException("", "reading " + name + " of " + target.getClass().getSimpleName()
                    + " failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new BindingException("", "cannot read " + name + " of " + target.getClass().getName(), e);
        }
    }

    void write(Object target, Object value) {
        try {
            if (setter != null) {
                setter.invoke(target, value);
            } else {
                field.set(target, value);
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new BindingException("", "setting " + name + " of " + target.getClass().getSimpleName()
                    + " failed: " + cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new BindingException("", "cannot set " + name + " of " + target.getClass().getName(), e);
        }
    }
}
