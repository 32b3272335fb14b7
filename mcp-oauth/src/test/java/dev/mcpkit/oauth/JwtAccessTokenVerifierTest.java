package dev.mcpkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.mcpkit.AccessTokenVerifier;
import dev.mcpkit.Caller;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier against an authorization server of the test's own (the JDK's HTTP server publishing metadata and a key
 * set the test changes), for what a real one cannot be made to do on demand: rotate its keys, be down, then come up.
 */
class JwtAccessTokenVerifierTest {

    private static final String AUDIENCE = "https://mcp.example.test/mcp";

    private HttpServer server;
    private URI issuer;
    private final AtomicReference<String> keys = new AtomicReference<>();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private volatile boolean metadataUp = true;

    @BeforeEach
    void publish() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test");
        server.createContext("/realms/test/.well-known/openid-configuration", exchange -> {
            byte[] body = ("{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/keys\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(metadataUp ? 200 : 503, metadataUp ? body.length : -1);
            if (metadataUp) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.createContext("/realms/test/keys", exchange -> {
            keyFetches.incrementAndGet();
            byte[] body = keys.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private AccessTokenVerifier verifier() {
        return new JwtVerifierProvider().create(new AccessTokenVerifier.Settings(issuer, AUDIENCE, null, Duration.ofSeconds(60)));
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(issuer.toString()).audience(AUDIENCE).subject("alice")
                .expirationTime(new Date(System.currentTimeMillis() + 300_000));
    }

    private static String sign(JWK key, JWTClaimsSet claims) throws Exception {
        JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
        JWSSigner signer = key instanceof ECKey ? new ECDSASigner((ECKey) key) : new RSASSASigner((RSAKey) key);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    @Test
    void aKeyTheAuthorizationServerAddsIsFetchedWhenATokenFirstNamesIt() throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("first").generate();
        ECKey second = new ECKeyGenerator(Curve.P_256).keyID("second").generate();
        keys.set(new JWKSet(first).toPublicJWKSet().toString());
        AccessTokenVerifier verifier = verifier();
        assertThat(verifier.verify(sign(first, claims().build())).subject()).isEqualTo("alice");
        assertThat(verifier.verify(sign(first, claims().subject("bob").build())).subject()).isEqualTo("bob");
        assertThat(keyFetches).as("the key set is kept between tokens").hasValue(1);

        keys.set(new JWKSet(List.of(first, second)).toPublicJWKSet().toString());
        assertThat(verifier.verify(sign(second, claims().build())).subject()).isEqualTo("alice");
        assertThat(keyFetches).as("a new key id makes the verifier read the set again").hasValue(2);
    }

    @Test
    void aValidTokenIsCheckedOnceAndTakenUntilItExpiresButNotAfter() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        keys.set(new JWKSet(key).toPublicJWKSet().toString());
        AccessTokenVerifier verifier = new JwtVerifierProvider().create(new AccessTokenVerifier.Settings(issuer, AUDIENCE, null,
                Duration.ZERO));
        long expiry = (System.currentTimeMillis() / 1000 + 2) * 1000;
        String token = sign(key, claims().expirationTime(new Date(expiry)).build());
        assertThat(verifier.verify(token).subject()).isEqualTo("alice");
        keys.set(new JWKSet(new RSAKeyGenerator(2048).keyID("other").generate()).toPublicJWKSet().toString());
        assertThat(verifier.verify(token).subject()).as("kept: the key set is not read again").isEqualTo("alice");
        assertThat(keyFetches).hasValue(1);
        Thread.sleep(Math.max(0, expiry - System.currentTimeMillis()) + 100);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(AccessTokenVerifier.Rejected.class);
    }

    @Test
    void theServerStartsWhileItsAuthorizationServerIsDownAndTakesTokensOnceItIsUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        keys.set(new JWKSet(key).toPublicJWKSet().toString());
        metadataUp = false;
        AccessTokenVerifier verifier = verifier();
        String token = sign(key, claims().build());
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(AccessTokenVerifier.Rejected.class)
                .hasMessage("the authorization server's metadata could not be read; try again later");
        metadataUp = true;
        assertThat(verifier.verify(token).subject()).isEqualTo("alice");
    }

    @Test
    void aTokenNotYetValidAndATokenWithoutSubjectOrSignatureAreRefusedSayingWhy() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        keys.set(new JWKSet(key).toPublicJWKSet().toString());
        AccessTokenVerifier verifier = verifier();
        assertThatThrownBy(() -> verifier.verify(sign(key, claims().notBeforeTime(new Date(System.currentTimeMillis() + 600_000)).build())))
                .hasMessageContaining("not valid yet");
        assertThatThrownBy(() -> verifier.verify(sign(key, claims().subject(null).build())))
                .hasMessageContaining("sub");
        String token = sign(key, claims().build());
        String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(AccessTokenVerifier.Rejected.class)
                .message().doesNotContain(token.substring(token.indexOf('.') + 1, token.lastIndexOf('.')));
        // within the 60 s skew: an expiry 30 s ago is still taken
        assertThat(verifier.verify(sign(key, claims().expirationTime(new Date(System.currentTimeMillis() - 30_000)).build())).subject())
                .isEqualTo("alice");
    }

    @Test
    void scopesComeFromScopeOrScpAndTheClientFromClientIdOrAzp() throws Exception {
        Caller fromScope = JwtAccessTokenVerifier.caller(claims().claim("scope", "mcp:tools  notes:write").claim("client_id", "cli").build());
        assertThat(fromScope.scopes()).containsExactlyInAnyOrder("mcp:tools", "notes:write");
        assertThat(fromScope.clientId()).isEqualTo("cli");
        Caller fromScp = JwtAccessTokenVerifier.caller(claims().claim("scp", List.of("a", "b")).claim("azp", "web").build());
        assertThat(fromScp.scopes()).containsExactlyInAnyOrder("a", "b");
        assertThat(fromScp.clientId()).isEqualTo("web");
        assertThat(fromScp.claims()).containsEntry("sub", "alice").containsKey("exp");
        Caller none = JwtAccessTokenVerifier.caller(claims().build());
        assertThat(none.scopes()).isEmpty();
        assertThat(none.clientId()).isNull();
        assertThat(none.hasScopes(List.of())).isTrue();
        assertThat(fromScope.hasScopes(List.of("mcp:tools", "x"))).isFalse();
    }
}
