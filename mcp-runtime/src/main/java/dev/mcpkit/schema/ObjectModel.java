package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import dev.mcpkit.classfile.Annotations;
import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties of a record (its components, in declaration order) or of a bean (public fields and
 * getter/setter properties: those backed by a declared field in field order, then the rest by name).
 */
final class ObjectModel {

    private static final Map<Type, ObjectModel> CACHE = new ConcurrentHashMap<>();

    final Class<?> raw;
    final boolean record;
    final List<Property> properties;
    private final Constructor<?> constructor;

    private ObjectModel(Class<?> raw, boolean record, List<Property> properties, Constructor<?> constructor) {
        this.raw = raw;
        this.record = record;
        this.properties = properties;
        this.constructor = constructor;
    }

    static ObjectModel of(Type type) {
        ObjectModel model = CACHE.get(type);
        if (model == null) {
            Class<?> raw = Types.raw(type);
            model = raw.isRecord() ? ofRecord(type, raw) : ofBean(type, raw);
            CACHE.putIfAbsent(type, model);
        }
        return model;
    }

    /** Whether instances can be made from JSON (records always; beans need a no-argument constructor). */
    boolean creatable() {
        return constructor != null;
    }

    /** A new instance: the canonical constructor for a record, the no-argument one for a bean. */
    Object create(Object[] componentValues, String path) {
        if (constructor == null) {
            throw new BindingException(path, "cannot create " + raw.getName()
                    + ": it has no no-argument constructor");
        }
        try {
            return constructor.newInstance(record ? componentValues : new Object[0]);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new BindingException(path, "invalid " + raw.getSimpleName() + ": "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        } catch (ReflectiveOperationException e) {
            throw new BindingException(path, "cannot create " + raw.getName() + ": " + e, e);
        }
    }

    private static ObjectModel ofRecord(Type type, Class<?> raw) {
        RecordComponent[] components = raw.getRecordComponents();
        List<Property> properties = new ArrayList<>(components.length);
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            Arg arg = Annotations.arg(rc);
            Type resolved = Types.resolve(rc.getGenericType(), type, raw);
            boolean nullable = Annotations.isNullable(rc);
            Method accessor = rc.getAccessor();
            open(accessor);
            properties.add(new Property(jsonName(arg, rc.getName()), resolved, arg,
                    Nullability.required(resolved, arg, nullable), accessor, null, null, false));
        }
        Constructor<?> canonical;
        try {
            canonical = raw.getDeclaredConstructor(types);
            open(canonical);
        } catch (NoSuchMethodException e) {
            throw new SchemaException("record " + raw.getName() + " has no canonical constructor", e);
        }
        return new ObjectModel(raw, true, Collections.unmodifiableList(properties), canonical);
    }

    private static ObjectModel ofBean(Type type, Class<?> raw) {
        Map<String, Method> getters = new TreeMap<>();
        Map<String, Method> setters = new TreeMap<>();
        for (Method m : raw.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isBridge() || m.isSynthetic()
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            int params = m.getParameterCount();
            if (params == 0 && name.length() > 3 && name.startsWith("get") && m.getReturnType() != void.class) {
                getters.put(decapitalize(name.substring(3)), m);
            } else if (params == 0 && name.length() > 2 && name.startsWith("is")
                    && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                getters.putIfAbsent(decapitalize(name.substring(2)), m);
            } else if (params == 1 && name.length() > 3 && name.startsWith("set")) {
                setters.put(decapitalize(name.substring(3)), m);
            }
        }
        List<Field> declared = new ArrayList<>();
        collectFields(raw, declared);
        List<String> order = new ArrayList<>();
        for (Field f : declared) {
            String name = f.getName();
            if (!order.contains(name) && (getters.containsKey(name) || setters.containsKey(name) || isPublicField(f))) {
                order.add(name);
            }
        }
        for (String name : getters.keySet()) {
            if (!order.contains(name)) {
                order.add(name);
            }
        }
        for (String name : setters.keySet()) {
            if (!order.contains(name)) {
                order.add(name);
            }
        }
        List<Property> properties = new ArrayList<>(order.size());
        for (String name : order) {
            Field field = findField(declared, name);
            Method getter = getters.get(name);
            Method setter = setters.get(name);
            Field publicField = field != null && isPublicField(field) ? field : null;
            Type declaredType = getter != null ? getter.getGenericReturnType()
                    : publicField != null ? publicField.getGenericType()
                    : setter.getGenericParameterTypes()[0];
            Class<?> declaring = getter != null ? getter.getDeclaringClass()
                    : publicField != null ? publicField.getDeclaringClass() : setter.getDeclaringClass();
            if (setter != null && getter != null && setter.getParameterTypes()[0] != getter.getReturnType()) {
                setter = null;
            }
            open(getter);
            open(setter);
            Arg arg = field == null ? null : Annotations.arg(field);
            boolean fieldWritable = publicField != null && !Modifier.isFinal(publicField.getModifiers());
            properties.add(new Property(jsonName(arg, name), Types.resolve(declaredType, type, declaring), arg,
                    false, getter, setter, publicField, fieldWritable));
        }
        Constructor<?> noArg = null;
        if (!Modifier.isAbstract(raw.getModifiers())) {
            try {
                noArg = raw.getDeclaredConstructor();
                open(noArg);
            } catch (NoSuchMethodException e) {
                noArg = null;
            }
        }
        return new ObjectModel(raw, false, Collections.unmodifiableList(properties), noArg);
    }

    private static void collectFields(Class<?> c, List<Field> out) {
        if (c == null || c == Object.class) {
            return;
        }
        collectFields(c.getSuperclass(), out);
        for (Field f : c.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) {
                out.add(f);
            }
        }
    }

    private static Field findField(List<Field> fields, String name) {
        for (int i = fields.size() - 1; i >= 0; i--) {
            if (fields.get(i).getName().equals(name)) {
                return fields.get(i);
            }
        }
        return null;
    }

    private static boolean isPublicField(Field f) {
        return Modifier.isPublic(f.getModifiers()) && Modifier.isPublic(f.getDeclaringClass().getModifiers());
    }


    private static String jsonName(Arg arg, String javaName) {
        return arg != null && !arg.name().isEmpty() ? arg.name() : javaName;
    }

    /** The JavaBeans rule: {@code URL} stays {@code URL}, {@code Name} becomes {@code name}. */
    private static String decapitalize(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Members of non-public user classes (often nested in a server class) still need calling. */
    private static void open(AccessibleObject member) {
        if (member != null) {
            try {
                member.setAccessible(true);
            } catch (RuntimeException e) {
                // module-protected: the call itself reports the problem if it matters
            }
        }
    }
}
