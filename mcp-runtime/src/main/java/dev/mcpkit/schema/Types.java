package dev.mcpkit.schema;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Generic type arithmetic: raw classes, type-variable substitution and supertype arguments. */
final class Types {

    private Types() {
    }

    /** The class a type erases to. */
    static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Array.newInstance(raw(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType) {
            return raw(((WildcardType) type).getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable) {
            Type[] bounds = ((TypeVariable<?>) type).getBounds();
            return bounds.length == 0 ? Object.class : raw(bounds[0]);
        }
        throw new SchemaException("unsupported kind of type " + type.getTypeName());
    }

    /** Replaces wildcards and unresolved type variables by their bound ({@code ? super X} by Object). */
    static Type normalize(Type type) {
        while (true) {
            if (type instanceof WildcardType) {
                WildcardType w = (WildcardType) type;
                type = w.getLowerBounds().length > 0 ? Object.class : w.getUpperBounds()[0];
            } else if (type instanceof TypeVariable) {
                Type[] bounds = ((TypeVariable<?>) type).getBounds();
                type = bounds.length == 0 ? Object.class : bounds[0];
            } else {
                return type;
            }
        }
    }

    /** The i-th type argument with which {@code target} is implemented by {@code type}; Object if raw. */
    static Type argument(Type type, Class<?> target, int index) {
        Type sup = supertype(type, target);
        if (sup instanceof ParameterizedType) {
            return normalize(((ParameterizedType) sup).getActualTypeArguments()[index]);
        }
        return Object.class;
    }

    /** {@code target} as seen from {@code type}, with type arguments resolved where known. */
    static Type supertype(Type type, Class<?> target) {
        Class<?> raw = raw(type);
        if (raw == target) {
            return type;
        }
        if (!target.isAssignableFrom(raw)) {
            return target;
        }
        Map<TypeVariable<?>, Type> bindings = bindings(type);
        Type superclass = raw.getGenericSuperclass();
        if (superclass != null && target.isAssignableFrom(raw(superclass))) {
            return supertype(substitute(superclass, bindings), target);
        }
        for (Type itf : raw.getGenericInterfaces()) {
            if (target.isAssignableFrom(raw(itf))) {
                return supertype(substitute(itf, bindings), target);
            }
        }
        return target;
    }

    /** Resolves a member's declared type (a field, a component) against the type that owns it. */
    static Type resolve(Type memberType, Type owner, Class<?> declaringClass) {
        Type declaring = supertype(owner, declaringClass);
        if (!(declaring instanceof ParameterizedType)) {
            return memberType;
        }
        return substitute(memberType, bindings(declaring));
    }

    private static Map<TypeVariable<?>, Type> bindings(Type type) {
        Map<TypeVariable<?>, Type> map = new HashMap<>();
        while (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            TypeVariable<?>[] vars = raw(p).getTypeParameters();
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < vars.length && i < args.length; i++) {
                map.put(vars[i], args[i]);
            }
            type = p.getOwnerType();
        }
        return map;
    }

    static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (bindings.isEmpty()) {
            return type;
        }
        if (type instanceof TypeVariable) {
            Type bound = bindings.get(type);
            return bound == null ? type : bound;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            Type[] args = p.getActualTypeArguments().clone();
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                Type arg = substitute(args[i], bindings);
                changed |= arg != args[i];
                args[i] = arg;
            }
            Type owner = p.getOwnerType() == null ? null : substitute(p.getOwnerType(), bindings);
            changed |= owner != p.getOwnerType();
            return changed ? new Parameterized(raw(p), args, owner) : type;
        }
        if (type instanceof GenericArrayType) {
            Type component = substitute(((GenericArrayType) type).getGenericComponentType(), bindings);
            if (component instanceof Class) {
                return Array.newInstance((Class<?>) component, 0).getClass();
            }
            return new ArrayOf(component);
        }
        if (type instanceof WildcardType) {
            return substitute(normalize(type), bindings);
        }
        return type;
    }

    /** The element type of an array type (class or generic array). */
    static Type componentType(Type type) {
        if (type instanceof GenericArrayType) {
            return ((GenericArrayType) type).getGenericComponentType();
        }
        return raw(type).getComponentType();
    }

    /** A parameterized type built while resolving variables; equal to the JDK's own for the same type. */
    static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] args;
        private final Type owner;

        Parameterized(Class<?> raw, Type[] args, Type owner) {
            this.raw = raw;
            this.args = args;
            this.owner = owner;
        }

        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ParameterizedType)) {
                return false;
            }
            ParameterizedType p = (ParameterizedType) o;
            return raw.equals(p.getRawType()) && Objects.equals(owner, p.getOwnerType())
                    && Arrays.equals(args, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(raw.getName()).append('<');
            for (int i = 0; i < args.length; i++) {
                out.append(i == 0 ? "" : ", ").append(args[i].getTypeName());
            }
            return out.append('>').toString();
        }
    }

    /** A generic array type built while resolving variables. */
    static final class ArrayOf implements GenericArrayType {
        private final Type component;

        ArrayOf(Type component) {
            this.component = component;
        }

        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GenericArrayType
                    && component.equals(((GenericArrayType) o).getGenericComponentType());
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String toString() {
            return component.getTypeName() + "[]";
        }
    }
}
