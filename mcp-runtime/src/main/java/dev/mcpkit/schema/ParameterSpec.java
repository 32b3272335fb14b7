package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;

/**
 * One tool argument as the schema package sees it.
 *
 * @param name     the property name in {@code arguments}
 * @param type     the parameter's generic type
 * @param arg      the parameter's {@link Arg}, or null
 * @param required whether the client must send it
 */
public record ParameterSpec(String name, Type type, Arg arg, boolean required) {

    /**
     * The spec of a method parameter: name from {@link Arg#name()} or the compiled parameter name,
     * required unless Optional, annotated {@code @Nullable} or given a default.
     */
    public static ParameterSpec of(Parameter parameter) {
        Arg arg = parameter.getAnnotation(Arg.class);
        String name = arg != null && !arg.name().isEmpty() ? arg.name() : parameter.getName();
        Type type = parameter.getParameterizedType();
        boolean nullable = Nullability.nullable(parameter.getAnnotations())
                || Nullability.nullable(parameter.getAnnotatedType().getAnnotations());
        return new ParameterSpec(name, type, arg, Nullability.required(type, arg, nullable));
    }
}
