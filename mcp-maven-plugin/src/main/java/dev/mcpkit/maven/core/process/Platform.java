package dev.mcpkit.maven.core.process;

import java.util.Locale;

/** The operating systems whose client configuration locations differ. */
public enum Platform {
    MACOS, WINDOWS, LINUX;

    /** From {@code os.name}; every other Unix is treated like Linux (XDG locations). */
    public static Platform fromOsName(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return MACOS;
        }
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        return LINUX;
    }

    public static Platform current() {
        return fromOsName(System.getProperty("os.name"));
    }
}
