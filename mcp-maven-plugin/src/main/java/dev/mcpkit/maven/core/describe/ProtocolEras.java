package dev.mcpkit.maven.core.describe;

import java.util.ArrayList;
import java.util.List;

/**
 * The two eras of MCP a server's protocol versions fall in: stateless (2026-07-28 and later: no handshake, every
 * request says who the client is) and the session era before it (the client starts with {@code initialize}).
 */
public final class ProtocolEras {

    /** The first stateless version; versions are dates, so later ones sort after it. */
    public static final String FIRST_STATELESS = "2026-07-28";

    private ProtocolEras() {
    }

    /** The stateless versions among {@code versions}, in their order. */
    public static List<String> stateless(List<String> versions) {
        return versions.stream().filter(v -> v.compareTo(FIRST_STATELESS) >= 0).toList();
    }

    /** The versions among {@code versions} a client negotiates with {@code initialize}, in their order. */
    public static List<String> withInitialize(List<String> versions) {
        return versions.stream().filter(v -> v.compareTo(FIRST_STATELESS) < 0).toList();
    }

    /** E.g. {@code 2026-07-28 (stateless), 2025-11-25, 2025-06-18 (after initialize)}. */
    public static String describe(List<String> versions) {
        List<String> parts = new ArrayList<>();
        if (!stateless(versions).isEmpty()) {
            parts.add(String.join(", ", stateless(versions)) + " (stateless)");
        }
        if (!withInitialize(versions).isEmpty()) {
            parts.add(String.join(", ", withInitialize(versions)) + " (after initialize)");
        }
        return String.join(", ", parts);
    }
}
