package dev.mcpkit.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.mcpkit.AccessTokenVerifier;
import dev.mcpkit.Caller;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Checks JWT access tokens (RFC 9068, and the plain JWTs most authorization servers issue): signed with one of the
 * authorization server's published keys (RSA or EC; the set is kept 5 minutes, and read again when a token names a
 * key it does not hold), issued by the configured issuer, for this server's audience, within their lifetime give or
 * take the clock skew, and naming a subject. A token found valid is kept (up to 1,000 of them) until it expires, so a
 * client's later requests with it cost a map look-up, not a signature check. The keys' location comes from the settings or, on
 * first use, from the issuer's metadata, so the server starts while its authorization server is still down.
 */
final class JwtAccessTokenVerifier implements AccessTokenVerifier {

    static final int TIMEOUT_MILLIS = 5_000;
    private static final int SIZE_LIMIT = 512 * 1024;
    private static final long KEYS_KEPT_MILLIS = TimeUnit.MINUTES.toMillis(5);
    private static final long REFRESH_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);
    private static final long MIN_REFRESH_INTERVAL_MILLIS = TimeUnit.SECONDS.toMillis(30);
    private static final Set<JWSAlgorithm> ALGORITHMS = algorithms();

    /** Tokens checked already, kept until they expire: a client sends the same token with every request. */
    private static final int MAX_KEPT = 1_000;

    private final Settings settings;
    private final ResourceRetriever http;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    /** A valid token's caller, and when the token stops being taken (its expiry plus the skew), in ms. */
    private record Checked(Caller caller, long untilMillis) {
    }

    JwtAccessTokenVerifier(Settings settings) {
        this(settings, retriever());
    }

    JwtAccessTokenVerifier(Settings settings, ResourceRetriever http) {
        this.settings = settings;
        this.http = http;
    }

    static ResourceRetriever retriever() {
        return new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT);
    }

    /**
     * The caller of a token checked before and not expired since, else of a token checked now (its signature, issuer,
     * audience and lifetime), which is then kept until it expires.
     */
    @Override
    public Caller verify(String token) throws Rejected {
        long now = System.currentTimeMillis();
        Checked known = checked.get(token);
        if (known != null) {
            if (now < known.untilMillis()) {
                return known.caller();
            }
            checked.remove(token, known);
        }
        JWTClaimsSet claims = check(token);
        Caller caller = caller(claims);
        if (claims.getExpirationTime() != null) {
            if (checked.size() >= MAX_KEPT) {
                checked.clear();
            }
            checked.put(token, new Checked(caller, claims.getExpirationTime().getTime() + settings.clockSkew().toMillis()));
        }
        return caller;
    }

    private JWTClaimsSet check(String token) throws Rejected {
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException e) {
            throw new Rejected("the token is not a JWT (a signed JSON Web Token)");
        } catch (KeySourceException e) {
            throw new Rejected("the authorization server's signing keys could not be fetched; try again later");
        } catch (BadJOSEException e) {
            throw new Rejected(reason(e.getMessage()));
        } catch (JOSEException e) {
            throw new Rejected("the token's signature could not be checked: " + e.getMessage());
        } catch (IOException e) {
            throw new Rejected("the authorization server's metadata could not be read; try again later");
        }
        return claims;
    }

    /** Nimbus's reason in words that say what the token must be. */
    private String reason(String nimbus) {
        String text = String.valueOf(nimbus);
        if (text.startsWith("Expired JWT")) {
            return "the token has expired";
        } else if (text.startsWith("JWT before use time")) {
            return "the token is not valid yet (its nbf is ahead of this server's clock)";
        } else if (text.contains("aud claim")) {
            return "the token is not for this server: its audience (aud) must be " + settings.audience();
        } else if (text.contains("iss claim")) {
            return "the token is from another authorization server: its issuer (iss) must be " + settings.issuer();
        } else if (text.contains("Invalid signature")) {
            return "the token's signature does not verify with the authorization server's keys";
        } else if (text.contains("no matching key")) {
            return "no signing key of the authorization server matches the token (its kid and alg)";
        }
        return text;
    }

    /** The processor, made on first use (the keys' location may need the issuer's metadata); made again after a failure. */
    private DefaultJWTProcessor<SecurityContext> processor() throws IOException {
        DefaultJWTProcessor<SecurityContext> p = processor;
        if (p == null) {
            synchronized (this) {
                p = processor;
                if (p == null) {
                    p = newProcessor(jwksUri(settings, http));
                    processor = p;
                }
            }
        }
        return p;
    }

    static URI jwksUri(Settings settings, ResourceRetriever http) throws IOException {
        return settings.jwksUri() != null ? settings.jwksUri() : IssuerMetadata.read(settings.issuer(), http).jwksUri();
    }

    private DefaultJWTProcessor<SecurityContext> newProcessor(URI jwksUri) throws IOException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(IssuerMetadata.toUrl(jwksUri), http)
                .cache(KEYS_KEPT_MILLIS, REFRESH_WAIT_MILLIS)
                .rateLimited(MIN_REFRESH_INTERVAL_MILLIS)
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
                new JOSEObjectType("application/at+jwt"), null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(settings.audience()),
                new JWTClaimsSet.Builder().issuer(settings.issuer().toString()).build(), Set.of("sub", "exp"), null);
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        p.setJWTClaimsSetVerifier(claims);
        return p;
    }

    private static Set<JWSAlgorithm> algorithms() {
        Set<JWSAlgorithm> all = new LinkedHashSet<>(JWSAlgorithm.Family.RSA);
        all.addAll(JWSAlgorithm.Family.EC);
        return Set.copyOf(all);
    }

    /** Who the claims name; {@code scope} (RFC 9068: space-separated) or {@code scp} (a list, or a string) grant scopes. */
    static Caller caller(JWTClaimsSet claims) {
        Map<String, Object> all = new LinkedHashMap<>();
        claims.toJSONObject().forEach((key, value) -> {
            if (value != null) {
                all.put(key, value);
            }
        });
        Set<String> scopes = new LinkedHashSet<>();
        for (String key : List.of("scope", "scp")) {
            Object value = all.get(key);
            if (value instanceof String) {
                for (String scope : ((String) value).split(" ")) {
                    if (!scope.isEmpty()) {
                        scopes.add(scope);
                    }
                }
            } else if (value instanceof List) {
                for (Object scope : (List<?>) value) {
                    scopes.add(String.valueOf(scope));
                }
            }
        }
        Object clientId = all.containsKey("client_id") ? all.get("client_id") : all.get("azp");
        return new Caller(claims.getSubject(), clientId instanceof String ? (String) clientId : null, scopes, all);
    }
}
