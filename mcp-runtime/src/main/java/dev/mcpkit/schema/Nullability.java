package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Decides whether a parameter or component may be left out: the rule documented on {@link Arg}. */
final class Nullability {

    private Nullability() {
    }

    static boolean optionalType(Type type) {
        Class<?> raw = Types.raw(type);
        return raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
                || raw == OptionalDouble.class;
    }

    static boolean hasDefault(Arg arg) {
        return arg != null && !Arg.NO_DEFAULT.equals(arg.defaultValue());
    }

    /** Any annotation whose simple name is {@code Nullable}, whichever library it comes from. */
    static boolean nullable(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if ("Nullable".equals(a.annotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    static boolean required(Type type, Arg arg, boolean nullable) {
        return !nullable && !hasDefault(arg) && !optionalType(type);
    }
}
