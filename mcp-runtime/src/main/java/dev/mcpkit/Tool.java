package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as an MCP tool that a client (an AI application) may call.
 *
 * <p>Each method parameter becomes a property of the tool's input schema (see {@link Arg});
 * a parameter of type {@link RequestContext} is injected instead. The return value becomes the
 * tool result: {@code String} and primitives become one text block, records and other objects
 * become {@code structuredContent} (with an {@code outputSchema}) plus the same JSON as text,
 * {@link Content} values are sent as they are, {@link ToolResult} gives full control, and
 * {@code void} means an empty success.
 *
 * <pre>{@code
 * @Tool(description = "Current weather for a city", readOnly = true)
 * public Forecast forecast(@Arg(description = "City name") String city) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /** The tool's name. Defaults to the method name in snake_case: {@code getWeather} becomes {@code get_weather}. */
    String name() default "";

    /** A short human-readable title shown by clients. */
    String title() default "";

    /** What the tool does; the model reads this to decide when to call it. */
    String description() default "";

    /** Hint: the tool does not modify its environment. */
    boolean readOnly() default false;

    /**
     * Hint: the tool may perform destructive updates (only meaningful when not read-only). Say it, {@code true} or
     * {@code false}, for every tool that is not read-only: clients ask before calling a destructive tool, and
     * {@code mcp:validate} warns about a tool that may change things but says neither.
     */
    boolean destructive() default true;

    /** Hint: calling the tool twice with the same arguments has no additional effect. */
    boolean idempotent() default false;

    /** Hint: the tool talks to an open world of external entities (the web, third-party APIs). */
    boolean openWorld() default true;

    /**
     * The toolset the tool belongs to, such as {@code issues}: whoever runs the server can expose only some toolsets
     * ({@code --toolsets issues,repos}). A tool without one is always exposed.
     */
    String toolset() default "";

    /** Keys of the settings (see {@link Setting}) this tool needs; a missing one makes the call fail with a fix. */
    String[] settings() default {};

    /**
     * OAuth scopes a caller's access token must grant to call this tool, when the server runs over HTTP with
     * authorization on ({@link AccessTokenVerifier}); a token without them is answered {@code 403 insufficient_scope}
     * naming them, so the client can ask the user for more. Ignored on stdio.
     */
    String[] scopes() default {};
}
