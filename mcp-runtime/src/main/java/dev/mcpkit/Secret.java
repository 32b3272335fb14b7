package dev.mcpkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential whose {@link #toString()} never shows it: {@code ****} followed by at most its
 * last four characters, and nothing of it when it is shorter than twelve characters.
 * Call {@link #reveal()} only where the value is handed to the service that needs it.
 */
public final class Secret {

    /** Values shorter than this are masked completely: four characters of a short secret is too much of it. */
    public static final int MIN_LENGTH_TO_SHOW_TAIL = 12;

    private final String value;

    private Secret(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a secret value must not be null");
        }
        this.value = value;
    }

    /** Wraps a value. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The plain value. */
    public String reveal() {
        return value;
    }

    /** {@code ****} plus at most the last four characters. */
    public String masked() {
        return mask(value);
    }

    /** Masks any string the way a {@link Secret} masks itself. */
    public static String mask(String value) {
        if (value == null || value.length() < MIN_LENGTH_TO_SHOW_TAIL) {
            return "****";
        }
        return "****" + value.substring(value.length() - 4);
    }

    /** Compares in constant time so that equality checks do not leak the value through timing. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                        ((Secret) other).value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.length();
    }

    @Override
    public String toString() {
        return masked();
    }
}
