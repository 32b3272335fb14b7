package dev.mcpkit.model;

import dev.mcpkit.Arg;
import dev.mcpkit.RequestContext;
import dev.mcpkit.classfile.Annotations;
import dev.mcpkit.json.Json;
import dev.mcpkit.json.JsonException;
import dev.mcpkit.schema.ArgumentBinder;
import dev.mcpkit.schema.ParameterSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The parameters of a tool, prompt or resource method: which are arguments (with name, type and
 * whether required) and which receive the {@link RequestContext}; binds call arguments to them.
 */
public final class MethodParameters {

    private final Method method;
    private final MethodCaller caller;
    private final List<ParameterSpec> declared = new ArrayList<>();   // raw types: cheap, known at start-up
    private final int[] argumentIndex;   // per Java parameter: index into the arguments, or -1 for the context
    private volatile List<ParameterSpec> arguments;   // generic types, resolved on first use
    private volatile ArgumentBinder binder;           // built with them

    public MethodParameters(Method method) {
        this.method = method;
        this.caller = MethodCaller.of(method);
        Parameter[] params = method.getParameters();
        argumentIndex = new int[params.length];
        for (int i = 0; i < params.length; i++) {
            Parameter p = params[i];
            if (p.getType() == RequestContext.class) {
                argumentIndex[i] = -1;
                continue;
            }
            Arg arg = Annotations.arg(method, i);
            String name = arg != null && !arg.name().isEmpty() ? arg.name() : null;
            if (name == null) {
                if (!p.isNamePresent()) {
                    throw new DeclarationException(where() + ": parameter " + i + " has no name at run time; compile with "
                            + "-parameters (maven-compiler-plugin <parameters>true</parameters>) or add @Arg(name = \"...\")");
                }
                name = p.getName();
            }
            boolean hasDefault = arg != null && !Arg.NO_DEFAULT.equals(arg.defaultValue());
            boolean required = !hasDefault && !isOptional(p.getType()) && !Annotations.isNullable(method, i);
            argumentIndex[i] = declared.size();
            declared.add(new ParameterSpec(name, p.getType(), arg, required));
        }
    }

    /**
     * Resolves generic parameter types and binds default values. Deferred from start-up: the
     * first generic signature costs the JDK's whole generics parser (~30 classes).
     */
    private void resolve() {
        if (arguments != null) {
            return;
        }
        synchronized (this) {
            if (arguments != null) {
                return;
            }
            Type[] types = method.getGenericParameterTypes();
            boolean aligned = types.length == argumentIndex.length;
            List<ParameterSpec> resolved = new ArrayList<>(declared.size());
            for (int i = 0; i < argumentIndex.length; i++) {
                int a = argumentIndex[i];
                if (a < 0) {
                    continue;
                }
                ParameterSpec raw = declared.get(a);
                Type type = aligned ? types[i] : method.getParameters()[i].getParameterizedType();
                resolved.add(new ParameterSpec(raw.name(), type, raw.arg(), raw.required()));
                if (raw.arg() != null && !Arg.NO_DEFAULT.equals(raw.arg().defaultValue())) {
                    checkDefault(raw.arg(), type, raw.name());
                }
            }
            binder = TypeMapping.argumentBinder(resolved);
            arguments = resolved;
        }
    }

    /** A default that does not fit its type fails here, naming the method, not at some later call. */
    private void checkDefault(Arg arg, Type type, String name) {
        try {
            TypeMapping.defaultValue(arg, type);
        } catch (RuntimeException e) {
            throw new DeclarationException(where() + ": default value \"" + arg.defaultValue() + "\" of argument '" + name
                    + "' does not fit its type " + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    private String where() {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    public Method method() {
        return method;
    }

    /** The arguments in declaration order (the context parameter left out), with generic types. */
    public List<ParameterSpec> arguments() {
        resolve();
        return arguments;
    }

    /** The arguments with their raw classes only: names, descriptions and required flags without resolving generics. */
    public List<ParameterSpec> declared() {
        return declared;
    }

    /**
     * Calls the method on {@code target} (through its class's generated invoker where there is one, see
     * {@link MethodCaller}); the exception the method threw comes out unwrapped.
     */
    public Object invoke(Object target, Object[] values) throws Exception {
        return caller.call(target, values);
    }

    /** Binds JSON argument values (validated already) to the method's Java parameters. */
    @SuppressWarnings("unchecked")
    public Object[] bind(Map<String, ?> values, RequestContext context) {
        resolve();
        Object[] bound = binder.bind((Map<String, Object>) values);
        if (bound.length == argumentIndex.length) {
            return bound;   // no context parameter: already in parameter order
        }
        Object[] out = new Object[argumentIndex.length];
        for (int i = 0; i < out.length; i++) {
            int a = argumentIndex[i];
            out[i] = a < 0 ? context : bound[a];
        }
        return out;
    }

    /** Binds string values (prompt arguments, template variables) by reading non-string types as JSON. */
    public Object[] bindStrings(Map<String, String> values, RequestContext context) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        for (ParameterSpec p : declared) {
            String s = values.get(p.name());
            if (s != null) {
                json.put(p.name(), stringToJson(s, p.type()));
            }
        }
        return bind(json, context);
    }

    private static Object stringToJson(String s, Type type) {
        Class<?> raw = TypeMapping.raw(type);
        if (raw == String.class || raw == Optional.class && s.isEmpty() || raw.isEnum()) {
            return s;
        }
        try {
            return Json.parse(s);
        } catch (JsonException e) {
            return s;
        }
    }

    static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class || type == OptionalDouble.class;
    }

}
