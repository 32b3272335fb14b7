package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP resource: data the client may read by URI.
 *
 * <p>A fixed {@link #uri()} ({@code docs://readme}) is listed by {@code resources/list}. A URI
 * template with RFC 6570 variables ({@code notes://{id}}) is listed by
 * {@code resources/templates/list}; each variable is bound to the method parameter of the same name
 * (or {@link Arg#name()}). The method may return a {@code String} (text), {@code byte[]} (sent as a
 * base64 blob), {@link ResourceContents} or a list of them, or any other object, sent as JSON text.
 * A method that finds nothing for the URI should throw {@link McpException#resourceNotFound(String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resource {

    /** The resource URI, or a URI template such as {@code notes://{id}}. */
    String uri();

    /** A short name for the resource. Defaults to the method name. */
    String name() default "";

    /** A human-readable title. */
    String title() default "";

    /** What the resource holds. */
    String description() default "";

    /** The MIME type of the contents, e.g. {@code text/plain} (the default) or {@code application/json}. */
    String mimeType() default "";
}
