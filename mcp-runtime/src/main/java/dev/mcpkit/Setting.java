package dev.mcpkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field of the server (or of another registered object) as a setting: a value read
 * from the environment, a {@code .env} file, the OS keychain or a prompt, converted to the
 * field's type and injected before the server serves.
 *
 * <pre>{@code
 * @Setting(description = "API key for the weather service", secret = true)
 * Secret WEATHER_API_KEY;
 *
 * @Setting(description = "Request timeout", defaultValue = "10s")
 * Duration HTTP_TIMEOUT;
 * }</pre>
 *
 * <p>The type follows the field: {@code String}, {@link Secret}, {@code int}/{@code Integer},
 * {@code long}/{@code Long}, {@code boolean}/{@code Boolean}, {@link java.nio.file.Path},
 * {@link java.net.URL}, {@link java.net.URI}, enums, {@link java.time.Duration}, or
 * {@link java.util.Optional} of one of these. A setting is required unless it has a default,
 * {@link #required()} is {@code false}, or the field is an {@code Optional}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Setting {

    /** Marker for "no default value". */
    String NO_DEFAULT = "\u0000mcpkit:no-default";

    /** The environment variable name. Defaults to the field name (by convention UPPER_SNAKE). */
    String key() default "";

    /** What the setting is for; shown by {@code --help}, {@code --setup} and client configurations. */
    String description() default "";

    /** The value type; {@link SettingType#AUTO} infers it from the field type. */
    SettingType type() default SettingType.AUTO;

    /** Whether the server needs a value; ignored (false) when a default is given or the field is Optional. */
    boolean required() default true;

    /** The value used when no source has one, written as it would be in the environment. */
    String defaultValue() default NO_DEFAULT;

    /** The value is a credential: masked everywhere, stored in the keychain by {@code --setup}, never defaulted. */
    boolean secret() default false;
}
