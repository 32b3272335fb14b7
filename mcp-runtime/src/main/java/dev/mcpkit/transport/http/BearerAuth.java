package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import dev.mcpkit.AccessTokenVerifier;
import dev.mcpkit.Caller;
import dev.mcpkit.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * OAuth 2.1 bearer tokens on the MCP endpoint, as MCP 2025-11-25 asks of a protected server: the protected-resource
 * metadata (RFC 9728) at {@code /.well-known/oauth-protected-resource} followed by the endpoint's path (and at the bare
 * well-known path), naming the authorization server; every request to the endpoint carries
 * {@code Authorization: Bearer <token>} (RFC 6750), checked by an {@link AccessTokenVerifier}; a missing or rejected
 * token is answered {@code 401} and a token without the scopes the server or the tool called requires {@code 403
 * insufficient_scope}, each with the {@code WWW-Authenticate} challenge that points the client at the metadata. A token
 * is never written anywhere: not in a log line, not in an answer.
 */
public final class BearerAuth {

    /** The well-known path of the metadata (RFC 9728 §3); the endpoint's path follows it. */
    public static final String METADATA_PATH = "/.well-known/oauth-protected-resource";
    /** The longest token taken: far more than any JWT an authorization server issues, far less than a header may hold. */
    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final AccessTokenVerifier verifier;
    private final String metadataUrl;
    private final List<String> requiredScopes;
    private final Function<String, List<String>> toolScopes;
    private final String metadata;

    /**
     * @param verifier             checks each token
     * @param resource             the endpoint's URL as clients reach it: the resource tokens are for
     * @param authorizationServers the issuers whose tokens are taken
     * @param requiredScopes       what every token must grant
     * @param toolScopes           what a call of the named tool needs besides (empty for none; an unknown tool has none)
     * @param scopesSupported      every scope the server knows of, for the metadata
     * @param resourceName         the server's name, for the metadata
     */
    public BearerAuth(AccessTokenVerifier verifier, URI resource, List<URI> authorizationServers, List<String> requiredScopes,
                      Function<String, List<String>> toolScopes, Set<String> scopesSupported, String resourceName) {
        this.verifier = verifier;
        this.requiredScopes = List.copyOf(requiredScopes);
        this.toolScopes = toolScopes;
        String base = resource.getScheme() + "://" + resource.getRawAuthority();
        String path = resource.getRawPath() == null || resource.getRawPath().equals("/") ? "" : resource.getRawPath();
        this.metadataUrl = base + METADATA_PATH + path;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("resource", resource.toString());
        List<String> servers = new ArrayList<>();
        authorizationServers.forEach(server -> servers.add(server.toString()));
        doc.put("authorization_servers", servers);
        Set<String> scopes = new LinkedHashSet<>(requiredScopes);
        scopes.addAll(scopesSupported);
        if (!scopes.isEmpty()) {
            doc.put("scopes_supported", List.copyOf(scopes));
        }
        doc.put("bearer_methods_supported", List.of("header"));
        doc.put("resource_name", resourceName);
        this.metadata = Json.write(doc);
    }

    /** Where clients read the metadata. */
    public String metadataUrl() {
        return metadataUrl;
    }

    /** The metadata document (JSON). */
    String metadata() {
        return metadata;
    }

    /** A request the endpoint does not serve; the transport answers it with the status and challenge. */
    static final class Denied extends Exception {

        private static final long serialVersionUID = 1L;
        final int status;
        final String challenge;

        Denied(int status, String challenge, String message) {
            super(message, null, false, false);
            this.status = status;
            this.challenge = challenge;
        }
    }

    /** The caller whose token the request carries. */
    Caller authenticate(HttpExchange exchange) throws Denied {
        List<String> headers = exchange.getRequestHeaders().get("Authorization");
        String header = headers == null || headers.isEmpty() ? null : headers.get(0).strip();
        if (header == null || header.isEmpty()) {
            throw new Denied(401, "Bearer resource_metadata=\"" + metadataUrl + "\"" + scopeParameter(requiredScopes),
                    "Unauthorized: send an OAuth access token (Authorization: Bearer <token>); " + metadataUrl
                            + " names the authorization server that issues them");
        }
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            throw invalid("the Authorization header must be \"Bearer <token>\"");
        }
        String token = header.substring(space + 1).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH || token.indexOf(' ') >= 0) {
            throw invalid("the token is empty, too long or not one word");
        }
        Caller caller;
        try {
            caller = verifier.verify(token);
        } catch (AccessTokenVerifier.Rejected e) {
            throw invalid(e.getMessage());
        }
        if (!caller.hasScopes(requiredScopes)) {
            throw insufficient(requiredScopes);
        }
        return caller;
    }

    /** Checks that {@code caller} may make the request {@code message}: a tool call needs the tool's scopes. */
    void authorize(Caller caller, Map<String, Object> message) throws Denied {
        if (!"tools/call".equals(message.get("method")) || !(message.get("params") instanceof Map)) {
            return;
        }
        Object name = ((Map<?, ?>) message.get("params")).get("name");
        List<String> needed = name instanceof String ? toolScopes.apply((String) name) : List.of();
        if (!caller.hasScopes(needed)) {
            Set<String> all = new LinkedHashSet<>(requiredScopes);
            all.addAll(needed);
            throw insufficient(List.copyOf(all));
        }
    }

    private Denied invalid(String reason) {
        String description = quotable(reason);
        return new Denied(401, "Bearer error=\"invalid_token\", error_description=\"" + description + "\", resource_metadata=\""
                + metadataUrl + "\"", "Unauthorized: the access token was refused: " + description);
    }

    private Denied insufficient(List<String> scopes) {
        String list = String.join(" ", scopes);
        return new Denied(403, "Bearer error=\"insufficient_scope\"" + scopeParameter(scopes) + ", resource_metadata=\""
                + metadataUrl + "\", error_description=\"the token does not grant " + quotable(list) + "\"",
                "Forbidden: the access token does not grant the scopes this needs: " + list);
    }

    private static String scopeParameter(List<String> scopes) {
        return scopes.isEmpty() ? "" : ", scope=\"" + quotable(String.join(" ", scopes)) + "\"";
    }

    /** Text fit for a quoted-string of a challenge (RFC 6750 §3: printable ASCII without {@code "} and {@code \}). */
    private static String quotable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : ' ');
        }
        return out.toString();
    }
}
