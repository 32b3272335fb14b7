package dev.mcpkit;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Checks the OAuth access token of each request a server takes over Streamable HTTP, when authorization is on
 * ({@code MCP_OAUTH_ISSUER} is set). The module {@code dev.mcpkit:mcp-oauth} provides one for JWT access tokens signed
 * by the authorization server's published keys; a server on whose class path it is finds it through
 * {@link java.util.ServiceLoader} ({@link Provider}). The runtime does the rest: the protected-resource metadata
 * (RFC 9728), {@code 401} with {@code WWW-Authenticate} for a missing or rejected token, {@code 403}
 * {@code insufficient_scope} for a token without the scopes the server or a tool requires, sessions bound to their
 * caller, and {@link RequestContext#caller()}.
 */
public interface AccessTokenVerifier {

    /**
     * The caller a valid token names.
     *
     * @throws Rejected the token is not valid here (its signature, issuer, audience or lifetime); the reason must not
     *                  contain the token
     */
    Caller verify(String token) throws Rejected;

    /** A token that is not valid here; its message says why, in words a client's developer can act on. */
    final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * What the server was configured with.
     *
     * @param issuer    the authorization server's issuer identifier; tokens must name it as {@code iss}
     * @param audience  what tokens must name in {@code aud}: this server's resource identifier (its public URL)
     * @param jwksUri   where the signing keys are published, or null to find it through the issuer's metadata
     * @param clockSkew how far {@code exp} and {@code nbf} may be off
     */
    record Settings(URI issuer, String audience, URI jwksUri, Duration clockSkew) {
    }

    /** Makes verifiers; listed in {@code META-INF/services/dev.mcpkit.AccessTokenVerifier$Provider}. */
    interface Provider {

        /** A verifier for these settings; it may look the keys up on first use rather than now. */
        AccessTokenVerifier create(Settings settings);

        /**
         * What {@code --validate-config} reports: one line per finding, each starting {@code ok: } or
         * {@code problem: } (the issuer's metadata reachable, the keys parseable).
         */
        List<String> check(Settings settings);
    }
}
