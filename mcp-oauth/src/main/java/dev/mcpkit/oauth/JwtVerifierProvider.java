package dev.mcpkit.oauth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.ResourceRetriever;
import dev.mcpkit.AccessTokenVerifier;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** The {@link AccessTokenVerifier.Provider} of this module: JWT access tokens (see {@link JwtAccessTokenVerifier}). */
public final class JwtVerifierProvider implements AccessTokenVerifier.Provider {

    @Override
    public AccessTokenVerifier create(AccessTokenVerifier.Settings settings) {
        return new JwtAccessTokenVerifier(settings);
    }

    /** The issuer's metadata read and naming the issuer, the keys read and parsed, as a real request would. */
    @Override
    public List<String> check(AccessTokenVerifier.Settings settings) {
        return check(settings, JwtAccessTokenVerifier.retriever());
    }

    static List<String> check(AccessTokenVerifier.Settings settings, ResourceRetriever http) {
        List<String> lines = new ArrayList<>();
        URI jwksUri;
        try {
            jwksUri = JwtAccessTokenVerifier.jwksUri(settings, http);
        } catch (IOException e) {
            lines.add("problem: the metadata of " + settings.issuer() + " could not be read: " + e.getMessage());
            return lines;
        }
        if (settings.jwksUri() == null) {
            lines.add("ok: the metadata of " + settings.issuer() + " names its keys at " + jwksUri);
        }
        try {
            JWKSet keys = JWKSet.parse(http.retrieveResource(IssuerMetadata.toUrl(jwksUri)).getContent());
            long signing = keys.getKeys().stream().filter(key -> key.getKeyUse() == null
                    || key.getKeyUse().identifier().equals("sig")).count();
            lines.add(signing > 0 ? "ok: " + jwksUri + " holds " + signing + " signing key(s)"
                    : "problem: " + jwksUri + " holds no signing key");
        } catch (IOException e) {
            lines.add("problem: the keys at " + jwksUri + " could not be read: " + e.getMessage());
        } catch (ParseException e) {
            lines.add("problem: " + jwksUri + " is not a JSON Web Key Set: " + e.getMessage());
        }
        lines.add("ok: tokens must name " + settings.audience() + " as their audience");
        return lines;
    }
}
