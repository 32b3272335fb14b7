package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP prompt: a message template the user picks in the client.
 *
 * <p>Parameters are the prompt's arguments (strings in MCP; described with {@link Arg}, required
 * by the same rules as tool arguments). The method returns a {@code String} (one user message), a
 * {@link PromptMessage}, a {@code List<PromptMessage>} or a {@link PromptResult}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompt {

    /** The prompt's name. Defaults to the method name in snake_case. */
    String name() default "";

    /** A human-readable title. */
    String title() default "";

    /** What the prompt is for. */
    String description() default "";
}
