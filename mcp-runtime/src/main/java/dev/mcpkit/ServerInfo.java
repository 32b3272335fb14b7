package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names and describes a server class. Optional: without it the name is derived from the class
 * name ({@code WeatherServer} becomes {@code weather}) and the version is read from the build
 * (the jar manifest's {@code Implementation-Version}, else {@code mcp-server.properties} on the
 * class path, else {@code 0.0.0}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ServerInfo {

    /** The server name clients show and configuration keys use (keychain service, config directory). */
    String name() default "";

    /** The server version; defaults to the version from the build. */
    String version() default "";

    /** A human-readable title. */
    String title() default "";

    /** One line saying what the server does. */
    String description() default "";

    /** Instructions sent to the client on {@code initialize}: how the model should use this server. */
    String instructions() default "";
}
