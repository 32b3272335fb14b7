package dev.mcpkit.maven.core.packaging;

import java.util.Locale;

/** How the server's executable jar holds its dependencies. */
public enum JarLayout {
    /** One jar with every dependency's classes merged in. */
    UBER,
    /** The project's classes only, with dependencies beside it in {@code lib/} (manifest {@code Class-Path}). */
    THIN;

    public static JarLayout parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown jar layout '" + value + "': set <jar> (mcp.jarLayout) to uber or thin");
        }
    }
}
