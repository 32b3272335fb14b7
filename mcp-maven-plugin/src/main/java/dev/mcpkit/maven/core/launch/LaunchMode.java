package dev.mcpkit.maven.core.launch;

import java.util.Locale;

/** The ways a client can start a packaged server. */
public enum LaunchMode {
    /** The installed launcher {@code bin/<name>} (finds a suitable Java by itself). */
    LAUNCHER,
    /** {@code <absolute java> <stdout-safe flags> -jar <absolute jar>}. */
    JAVA,
    /** {@code jbang --quiet --java <release>+ <groupId>:<artifactId>:<version>}. */
    JBANG,
    /** {@code mvn -q -f <pom> mcp:dev}: the build output with live reload, while the server is being developed. */
    DEV,
    /** No process: the server already serves over Streamable HTTP at a URL ({@code -Dmcp.url}). */
    REMOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LaunchMode parse(String value) {
        for (LaunchMode mode : values()) {
            if (mode.id().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown launch mode '" + value + "': use launcher, java, jbang or dev (or -Dmcp.url for a server serving at a URL)");
    }
}
