package dev.mcpkit.maven.core.install;

import java.util.Locale;

/** Where a client's configuration applies: for the user everywhere, or for one project (workspace). */
public enum Scope {
    USER, PROJECT;

    public static Scope parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown scope '" + value + "': use user or project");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
