package dev.mcpkit.protocol;

import java.util.List;

/** The MCP protocol versions this runtime speaks, newest first. */
public final class ProtocolVersions {

    public static final String LATEST = "2025-11-25";
    public static final List<String> SUPPORTED = List.of(LATEST, "2025-06-18", "2025-03-26", "2024-11-05");

    private ProtocolVersions() {
    }

    /** The requested version if supported, else the newest we support (the client then decides). */
    public static String negotiate(String requested) {
        return SUPPORTED.contains(requested) ? requested : LATEST;
    }
}
