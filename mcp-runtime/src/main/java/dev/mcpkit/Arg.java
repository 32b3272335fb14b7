package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes an argument of a {@link Tool}, {@link Prompt} or {@link Resource} template, or a
 * component of a record used as an argument or result.
 *
 * <p>An argument is required unless its type is {@link java.util.Optional} (or
 * {@code OptionalInt}/{@code OptionalLong}/{@code OptionalDouble}), it carries an annotation named
 * {@code Nullable} (any package), or it has a {@link #defaultValue()}.
 *
 * <p>Constraints ({@link #min()}, {@link #max()}, {@link #minLength()}, {@link #maxLength()},
 * {@link #pattern()}, {@link #minItems()}, {@link #maxItems()}) become JSON Schema keywords and are
 * checked before the method runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Arg {

    /** Marker for "no default value". */
    String NO_DEFAULT = "\u0000mcpkit:no-default";

    /** The argument's name. Defaults to the parameter name (compile with {@code -parameters}). */
    String name() default "";

    /** What the argument means; shown to the model. */
    String description() default "";

    /**
     * A default used when the client omits the argument, which makes it optional. Written as the
     * argument would be in JSON, except that a string needs no quotes: {@code "5"}, {@code "true"},
     * {@code "celsius"}, {@code "[1,2]"}.
     */
    String defaultValue() default NO_DEFAULT;

    /** Inclusive minimum for numbers. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Inclusive maximum for numbers. */
    double max() default Double.POSITIVE_INFINITY;

    /** Minimum length for strings; -1 for none. */
    int minLength() default -1;

    /** Maximum length for strings; -1 for none. */
    int maxLength() default -1;

    /** A regular expression (ECMA-262 subset) that strings must match somewhere; empty for none. */
    String pattern() default "";

    /** Minimum number of items for arrays and collections; -1 for none. */
    int minItems() default -1;

    /** Maximum number of items for arrays and collections; -1 for none. */
    int maxItems() default -1;

    /**
     * Values offered by {@code completion/complete} for this prompt argument or template variable,
     * filtered by the prefix the user typed. For computed suggestions use {@link Complete}.
     */
    String[] completions() default {};
}
