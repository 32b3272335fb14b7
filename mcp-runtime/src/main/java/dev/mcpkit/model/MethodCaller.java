package dev.mcpkit.model;

import dev.mcpkit.GeneratedInvoker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Calls one annotated method: through its class's {@link GeneratedInvoker} when the class was compiled with mcpkit's
 * annotation processor and the invoker has this very method (same name, parameter and return types), otherwise by
 * reflection. Either way the exception the method threw comes out unwrapped.
 */
abstract class MethodCaller {

    /** Each class's generated invoker, or null: looked up once per class. */
    private static final ClassValue<GeneratedInvoker> GENERATED = new ClassValue<>() {
        @Override
        protected GeneratedInvoker computeValue(Class<?> type) {
            return generatedFor(type);
        }
    };

    abstract Object call(Object target, Object[] arguments) throws Exception;

    static MethodCaller of(Method m) {
        GeneratedInvoker invoker = Modifier.isPrivate(m.getModifiers()) ? null : GENERATED.get(m.getDeclaringClass());
        int index = invoker == null ? -1 : Arrays.asList(invoker.methods()).indexOf(signature(m));
        return index < 0 ? new Reflective(m) : new Generated(invoker, index);
    }

    /** How {@link GeneratedInvoker#methods()} names {@code m}. */
    static String signature(Method m) {
        StringBuilder s = new StringBuilder(m.getReturnType().getTypeName()).append(' ').append(m.getName()).append('(');
        Class<?>[] params = m.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
            s.append(i > 0 ? "," : "").append(params[i].getTypeName());
        }
        return s.append(')').toString();
    }

    private static GeneratedInvoker generatedFor(Class<?> type) {
        String name = type.getName() + "$$McpInvoker";
        try {
            Class<?> generated = Class.forName(name, true, type.getClassLoader());
            if (!GeneratedInvoker.class.isAssignableFrom(generated)) {
                return null;
            }
            return (GeneratedInvoker) generated.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;   // compiled without the processor: reflection it is
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            System.err.println("mcpkit: cannot use " + name + " (" + e + "); calling " + type.getName() + "'s methods by reflection");
            return null;
        }
    }

    static final class Generated extends MethodCaller {
        private final GeneratedInvoker invoker;
        private final int index;

        Generated(GeneratedInvoker invoker, int index) {
            this.invoker = invoker;
            this.index = index;
        }

        @Override
        Object call(Object target, Object[] arguments) throws Exception {
            return invoker.invoke(index, target, arguments);
        }
    }

    static final class Reflective extends MethodCaller {
        private final Method method;

        Reflective(Method method) {
            this.method = method;
        }

        @Override
        Object call(Object target, Object[] arguments) throws Exception {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
    }
}
