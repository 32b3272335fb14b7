package dev.mcpkit.oauth;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * An authorization server's metadata, read from its issuer: OpenID Connect discovery
 * ({@code <issuer>/.well-known/openid-configuration}), else RFC 8414
 * ({@code /.well-known/oauth-authorization-server} before the issuer's path). The document must name the same issuer
 * (RFC 8414 §3.3), so a server cannot be sent to another's keys.
 *
 * @param location where it was read
 * @param jwksUri  where the signing keys are published
 */
record IssuerMetadata(URI location, URI jwksUri) {

    /** @throws IOException neither document could be read, or the one read does not fit the issuer */
    static IssuerMetadata read(URI issuer, ResourceRetriever http) throws IOException {
        IOException first = null;
        for (URI location : locations(issuer)) {
            String text;
            try {
                text = http.retrieveResource(toUrl(location)).getContent();
            } catch (IOException e) {
                if (first == null) {
                    first = new IOException(location + ": " + e.getMessage(), e);
                }
                continue;
            }
            return parse(issuer, location, text);
        }
        throw first;
    }

    /** The places to look, OpenID Connect's first: most authorization servers publish it. */
    static List<URI> locations(URI issuer) {
        String text = issuer.toString();
        String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        String path = issuer.getRawPath() == null ? "" : issuer.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return List.of(URI.create(trimmed + "/.well-known/openid-configuration"),
                URI.create(origin + "/.well-known/oauth-authorization-server" + path));
    }

    private static IssuerMetadata parse(URI issuer, URI location, String text) throws IOException {
        Map<String, Object> doc;
        try {
            doc = JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new IOException(location + " is not a JSON object: " + e.getMessage(), e);
        }
        Object named = doc.get("issuer");
        if (!issuer.toString().equals(named)) {
            throw new IOException(location + " names the issuer " + named + ", not " + issuer
                    + " (set MCP_OAUTH_ISSUER to exactly the issuer the authorization server names)");
        }
        Object jwks = doc.get("jwks_uri");
        if (!(jwks instanceof String)) {
            throw new IOException(location + " names no jwks_uri (set MCP_OAUTH_JWKS_URI to where the keys are)");
        }
        try {
            return new IssuerMetadata(location, URI.create((String) jwks));
        } catch (IllegalArgumentException e) {
            throw new IOException(location + ": jwks_uri is not a URI: " + jwks, e);
        }
    }

    static URL toUrl(URI uri) throws IOException {
        try {
            return uri.toURL();
        } catch (IllegalArgumentException | java.net.MalformedURLException e) {
            throw new IOException("not a URL: " + uri, e);
        }
    }
}
