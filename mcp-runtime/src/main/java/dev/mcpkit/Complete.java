package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that suggests values for a prompt argument or a resource template variable
 * ({@code completion/complete}). The method takes the typed prefix as a {@code String} (and
 * optionally a {@code Map<String, String>} of the other arguments already chosen) and returns a
 * {@code List<String>}; mcpkit keeps at most 100 values and reports whether there were more.
 *
 * <pre>{@code
 * @Complete(prompt = "greeting", argument = "style")
 * public List<String> styles(String prefix) { ... }
 * }</pre>
 *
 * <p>For a fixed list of values use {@link Arg#completions()} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Complete {

    /** The prompt whose argument this completes; leave empty when completing a resource template. */
    String prompt() default "";

    /** The resource template (exactly as declared in {@link Resource#uri()}) whose variable this completes. */
    String resource() default "";

    /** The argument or template variable name. */
    String argument();
}
