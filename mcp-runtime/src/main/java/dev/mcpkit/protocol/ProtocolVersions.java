package dev.mcpkit.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The MCP protocol versions this runtime speaks, newest first. Two eras: the versions a client negotiates with
 * {@code initialize} and keeps for its session, and the stateless version, named by every request in its
 * {@code _meta}. One server answers both, on one endpoint.
 */
public final class ProtocolVersions {

    /** The newest version a client negotiates with {@code initialize}. */
    public static final String LATEST = "2025-11-25";
    /** The versions a client negotiates with {@code initialize}, newest first. */
    public static final List<String> SUPPORTED = List.of(LATEST, "2025-06-18", "2025-03-26", "2024-11-05");
    /** The stateless version: no handshake, every request carries what the server needs to know about the client. */
    public static final String STATELESS = "2026-07-28";
    /** The versions a stateless request may name. */
    public static final List<String> STATELESS_SUPPORTED = List.of(STATELESS);
    /** Every version served, newest first: what {@code server/discover} lists. */
    public static final List<String> ALL = all();

    private ProtocolVersions() {
    }

    /** The requested version if supported, else the newest we support (the client then decides). */
    public static String negotiate(String requested) {
        return SUPPORTED.contains(requested) ? requested : LATEST;
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(STATELESS_SUPPORTED);
        all.addAll(SUPPORTED);
        return Collections.unmodifiableList(all);
    }
}
