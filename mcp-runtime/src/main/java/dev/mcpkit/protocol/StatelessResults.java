package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ServerIdentity;
import java.util.Map;
import java.util.Set;

/**
 * What every result of a stateless request (MCP 2026-07-28) carries beyond its content: {@code resultType}, the
 * server's name and version in {@code _meta}, and on the lists, {@code server/discover} and {@code resources/read}
 * how long a client may keep it ({@code ttlMs}, {@code cacheScope}).
 * <p>
 * Lists and discovery are the same for every client and change only when the server's tools, prompts or resources
 * do (a client that listens is told at once): five minutes. A resource is read again each time ({@code ttlMs} 0), as
 * its content is the server code's to decide. With authorization on, nothing may be kept by a cache shared between
 * callers ({@code private}).
 */
final class StatelessResults {

    static final long LIST_TTL_MILLIS = 300_000;
    private static final Set<String> LISTS = Set.of("tools/list", "prompts/list", "resources/list", "resources/templates/list",
            "server/discover");

    private StatelessResults() {
    }

    /** {@code result} as a complete stateless result of {@code ex}. */
    static Map<String, Object> complete(Exchange ex, Object result) {
        Map<String, Object> complete = Json.object("resultType", "complete");
        if (result instanceof Map) {
            ((Map<?, ?>) result).forEach((k, v) -> complete.put(String.valueOf(k), v));
        }
        boolean list = LISTS.contains(ex.method());
        if (list || "resources/read".equals(ex.method())) {
            complete.put("ttlMs", list ? LIST_TTL_MILLIS : 0L);
            complete.put("cacheScope", list && ex.caller() == null ? "public" : "private");
        }
        return identified(ex, complete);
    }

    /** {@code result} with the server's name and version in its {@code _meta}. */
    static Map<String, Object> identified(Exchange ex, Map<String, Object> result) {
        ServerIdentity id = ex.session().model().identity();
        Map<String, Object> meta = Json.object();
        if (result.get("_meta") instanceof Map) {
            ((Map<?, ?>) result.get("_meta")).forEach((k, v) -> meta.put(String.valueOf(k), v));
        }
        meta.put(RequestMeta.SERVER_INFO, Json.object("name", id.name(), "version", id.version()));
        result.put("_meta", meta);
        return result;
    }
}
