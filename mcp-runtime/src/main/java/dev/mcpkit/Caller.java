package dev.mcpkit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who sent a request that came with an OAuth access token (over Streamable HTTP with authorization on; see
 * {@link AccessTokenVerifier}). A tool reads it through {@link RequestContext#caller()}. The token itself is never
 * kept: a server must not pass a client's token on to the services it calls.
 *
 * @param subject  the token's {@code sub}: the user (or, for a client-credentials token, the client)
 * @param clientId the OAuth client the token was issued to ({@code client_id}, else {@code azp}), or null
 * @param scopes   the scopes the token grants
 * @param claims   every claim of the token, as JSON values (strings, numbers, booleans, lists and maps)
 */
public record Caller(String subject, String clientId, Set<String> scopes, Map<String, Object> claims) {

    public Caller {
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a caller has a subject");
        }
        scopes = Set.copyOf(scopes);
        claims = Map.copyOf(claims);
    }

    /** True when the token grants every one of {@code required}. */
    public boolean hasScopes(List<String> required) {
        return scopes.containsAll(required);
    }
}
