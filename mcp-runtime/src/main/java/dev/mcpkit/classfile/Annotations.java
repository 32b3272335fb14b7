package dev.mcpkit.classfile;

import dev.mcpkit.Arg;
import dev.mcpkit.Complete;
import dev.mcpkit.Prompt;
import dev.mcpkit.Resource;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Setting;
import dev.mcpkit.Tool;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mcpkit's annotations on classes, methods, parameters and record components, read from class
 * files (fast at start-up) with reflection as the fallback when a class file cannot be read.
 */
public final class Annotations {

    private static final ClassAnnotations UNREADABLE = new ClassAnnotations(List.of(), Map.of(), Set.of(), Map.of(), Map.of());
    private static final Map<Class<?>, ClassAnnotations> CACHE = new ConcurrentHashMap<>();
    private static final Map<Method, String> METHOD_KEYS = new ConcurrentHashMap<>();
    // type descriptors worked out once: each method is asked about four annotation types at start-up
    private static final String TOOL = typeDescriptor(Tool.class);
    private static final String RESOURCE = typeDescriptor(Resource.class);
    private static final String PROMPT = typeDescriptor(Prompt.class);
    private static final String COMPLETE = typeDescriptor(Complete.class);
    private static final String ARG = typeDescriptor(Arg.class);
    private static final String SETTING = typeDescriptor(Setting.class);
    private static final String SERVER_INFO = typeDescriptor(ServerInfo.class);

    private Annotations() {
    }

    /**
     * Whether {@code element} of {@code annotation} was written in the source rather than left to its default; true
     * when that cannot be known (an annotation read by reflection, as when a class file cannot be read).
     */
    public static boolean isExplicit(java.lang.annotation.Annotation annotation, String element) {
        return !(annotation instanceof Literal) || ((Literal) annotation).has(element);
    }

    public static Tool tool(Method m) {
        return onMethod(m, Tool.class);
    }

    public static Resource resource(Method m) {
        return onMethod(m, Resource.class);
    }

    public static Prompt prompt(Method m) {
        return onMethod(m, Prompt.class);
    }

    public static Complete complete(Method m) {
        return onMethod(m, Complete.class);
    }

    public static ServerInfo serverInfo(Class<?> c) {
        ClassAnnotations ca = of(c);
        if (ca == UNREADABLE) {
            return c.getAnnotation(ServerInfo.class);
        }
        return literal(find(ca.classAnnotations(), ServerInfo.class), ServerInfo.class);
    }

    /** The {@link Setting} on a field, or null. */
    public static Setting setting(Field f) {
        MemberAnnotations ma = field(f);
        if (ma == null) {
            return f.getAnnotation(Setting.class);
        }
        return literal(find(ma.annotations(), Setting.class), Setting.class);
    }

    /** The {@link Arg} on parameter {@code index} of {@code m}, or null. */
    public static Arg arg(Method m, int index) {
        MemberAnnotations ma = member(m);
        if (ma == null) {
            return m.getParameters()[index].getAnnotation(Arg.class);
        }
        return literal(find(parameter(ma, index), Arg.class), Arg.class);
    }

    /** The {@link Arg} on a record component, or null. */
    public static Arg arg(RecordComponent rc) {
        ClassAnnotations ca = of(rc.getDeclaringRecord());
        MemberAnnotations ma = ca.recordComponents().get(rc.getName());
        if (ca == UNREADABLE || ma == null) {
            return rc.getAnnotation(Arg.class);
        }
        return literal(find(ma.annotations(), Arg.class), Arg.class);
    }

    /** True if parameter {@code index} of {@code m} carries an annotation named {@code Nullable} (declaration or type use). */
    public static boolean isNullable(Method m, int index) {
        MemberAnnotations ma = member(m);
        if (ma == null) {
            Parameter p = m.getParameters()[index];
            return hasNullable(p) || hasNullable(p.getAnnotatedType());
        }
        return hasNullable(parameter(ma, index));
    }

    /** True if a record component (or its field) carries an annotation named {@code Nullable}. */
    public static boolean isNullable(RecordComponent rc) {
        ClassAnnotations ca = of(rc.getDeclaringRecord());
        MemberAnnotations ma = ca.recordComponents().get(rc.getName());
        if (ca == UNREADABLE || ma == null) {
            return hasNullable(rc) || hasNullable(rc.getAnnotatedType());
        }
        MemberAnnotations field = ca.fields().get(rc.getName());
        return hasNullable(ma.annotations()) || (field != null && hasNullable(field.annotations()));
    }

    /** The {@link Arg} on a field (bean properties), or null. */
    public static Arg arg(Field f) {
        MemberAnnotations ma = field(f);
        if (ma == null) {
            return f.getAnnotation(Arg.class);
        }
        return literal(find(ma.annotations(), Arg.class), Arg.class);
    }

    private static <A extends Annotation> A onMethod(Method m, Class<A> type) {
        MemberAnnotations ma = member(m);
        if (ma == null) {
            return m.getAnnotation(type);
        }
        return literal(find(ma.annotations(), type), type);
    }

    private static List<AnnotationValues> parameter(MemberAnnotations ma, int index) {
        return index < ma.parameterAnnotations().size() ? ma.parameterAnnotations().get(index) : List.of();
    }

    /** What the class file says about {@code m}, or null when it cannot be read (then reflection answers). */
    private static MemberAnnotations member(Method m) {
        ClassAnnotations ca = of(m.getDeclaringClass());
        if (ca == UNREADABLE) {
            return null;
        }
        if (!ca.annotatedMethodNames().contains(m.getName())) {
            return MemberAnnotations.NONE;   // most methods: no descriptor to work out
        }
        // one method is asked about several times (each annotation, each parameter): its key once
        String key = METHOD_KEYS.get(m);
        if (key == null) {
            key = m.getName() + descriptor(m);
            METHOD_KEYS.put(m, key);
        }
        MemberAnnotations ma = ca.methods().get(key);
        return ma == null ? MemberAnnotations.NONE : ma;
    }

    /** What the class file says about {@code f}, or null when it cannot be read. */
    private static MemberAnnotations field(Field f) {
        ClassAnnotations ca = of(f.getDeclaringClass());
        if (ca == UNREADABLE) {
            return null;
        }
        MemberAnnotations ma = ca.fields().get(f.getName());
        return ma == null ? MemberAnnotations.NONE : ma;
    }

    private static ClassAnnotations of(Class<?> c) {
        ClassAnnotations ca = CACHE.get(c);
        if (ca == null) {
            // the settings thread and the main thread read the same classes at start-up: parse each once
            synchronized (CACHE) {
                ca = CACHE.get(c);
                if (ca == null) {
                    ca = load(c);
                    CACHE.put(c, ca);
                }
            }
        }
        return ca;
    }

    private static ClassAnnotations load(Class<?> c) {
        if (c.getClassLoader() == null || c.isHidden()) {
            return UNREADABLE;
        }
        try {
            byte[] bytes = ClassBytes.of(c);
            return bytes == null ? UNREADABLE : ClassFileReader.read(bytes);
        } catch (IOException | RuntimeException e) {
            return UNREADABLE;
        }
    }

    private static AnnotationValues find(List<AnnotationValues> list, Class<? extends Annotation> type) {
        if (list.isEmpty()) {
            return null;
        }
        String descriptor = type == Tool.class ? TOOL : type == Resource.class ? RESOURCE : type == Prompt.class ? PROMPT
                : type == Complete.class ? COMPLETE : type == Arg.class ? ARG : type == Setting.class ? SETTING
                : type == ServerInfo.class ? SERVER_INFO : typeDescriptor(type);
        for (AnnotationValues a : list) {
            if (a.descriptor().equals(descriptor)) {
                return a;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A literal(AnnotationValues a, Class<A> type) {
        if (a == null) {
            return null;
        }
        Map<String, Object> v = a.values();
        Annotation literal;
        if (type == Tool.class) {
            literal = new ToolLiteral(v);
        } else if (type == Arg.class) {
            literal = new ArgLiteral(v);
        } else if (type == Resource.class) {
            literal = new ResourceLiteral(v);
        } else if (type == Prompt.class) {
            literal = new PromptLiteral(v);
        } else if (type == Complete.class) {
            literal = new CompleteLiteral(v);
        } else if (type == ServerInfo.class) {
            literal = new ServerInfoLiteral(v);
        } else if (type == Setting.class) {
            literal = new SettingLiteral(v);
        } else {
            throw new IllegalArgumentException("no class-file reading for " + type.getName());
        }
        return (A) literal;
    }

    private static boolean hasNullable(List<AnnotationValues> list) {
        for (AnnotationValues a : list) {
            if (a.simpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNullable(AnnotatedElement e) {
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    private static String typeDescriptor(Class<?> type) {
        return "L" + type.getName().replace('.', '/') + ";";
    }

    /** The JVM descriptor of a method's parameters and return type, e.g. {@code (ILjava/lang/String;)V}. */
    static String descriptor(Method m) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            descriptor(p, sb);
        }
        sb.append(')');
        descriptor(m.getReturnType(), sb);
        return sb.toString();
    }

    private static void descriptor(Class<?> c, StringBuilder sb) {
        while (c.isArray()) {
            sb.append('[');
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            sb.append(c == int.class ? 'I' : c == long.class ? 'J' : c == boolean.class ? 'Z' : c == byte.class ? 'B'
                    : c == char.class ? 'C' : c == short.class ? 'S' : c == float.class ? 'F' : c == double.class ? 'D' : 'V');
        } else {
            sb.append('L').append(c.getName().replace('.', '/')).append(';');
        }
    }
}
