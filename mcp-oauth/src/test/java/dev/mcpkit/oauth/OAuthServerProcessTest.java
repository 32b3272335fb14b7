package dev.mcpkit.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An mcpkit server process with {@code MCP_OAUTH_ISSUER} set, against a real authorization server on loopback
 * (mock-oauth2-server: discovery, JWKS, the token endpoint, authorization code with PKCE). Tokens are obtained as a
 * client obtains them, over HTTP, or issued by that server with a chosen flaw; each request goes to the MCP endpoint
 * as a client sends it.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OAuthServerProcessTest {

    private static final String RESOURCE = "https://mcp.example.test/mcp";
    private static final String ISSUER_ID = "mcp";
    private static final Pattern SERVING = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)");
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"oauth-test\",\"version\":\"1\"}}}";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static MockOAuth2Server authServer;
    private static Process mcp;
    private static URI endpoint;
    private static final List<String> stderr = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        // client credentials: the client is the subject and gets the scopes it asks for; authorization code: alice
        authServer = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"tokenCallbacks\":[{\"issuerId\":\"" + ISSUER_ID
                + "\",\"tokenExpiry\":300,\"requestMappings\":["
                + "{\"requestParam\":\"grant_type\",\"match\":\"client_credentials\",\"claims\":{\"sub\":\"${client_id}\","
                + "\"aud\":[\"" + RESOURCE + "\"],\"scope\":\"${scope}\"}},"
                + "{\"requestParam\":\"grant_type\",\"match\":\"authorization_code\",\"claims\":{\"sub\":\"alice\","
                + "\"aud\":[\"" + RESOURCE + "\"],\"scope\":\"mcp:tools\",\"client_id\":\"${client_id}\"}}]}]}"));
        authServer.start();
        List<String> cmd = List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), OAuthFixtureServer.class.getName(), "--transport", "http", "--port", "0");
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().put("MCP_OAUTH_ISSUER", issuer());
        builder.environment().put("MCP_OAUTH_SCOPES", "mcp:tools");
        builder.environment().put("MCP_PUBLIC_URL", RESOURCE);
        builder.environment().put("MCP_AUDIT_LOG", "stderr");
        mcp = builder.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(mcp.getErrorStream(), StandardCharsets.UTF_8));
        URI found = null;
        for (String line; found == null && (line = err.readLine()) != null; ) {
            stderr.add(line);
            Matcher m = SERVING.matcher(line);
            found = m.find() ? URI.create(m.group(1)) : null;
        }
        assertThat(found).as("the server names its endpoint on stderr: " + stderr).isNotNull();
        endpoint = found;
        Thread drain = new Thread(() -> err.lines().forEach(stderr::add), "mcp-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (mcp != null) {
            mcp.destroy();
            mcp.waitFor(30, TimeUnit.SECONDS);
        }
        if (authServer != null) {
            authServer.shutdown();
        }
    }

    private static String issuer() {
        return authServer.issuerUrl(ISSUER_ID).toString();
    }

    @Test
    void theMetadataNamesTheResourceTheAuthorizationServerAndTheScopes() throws Exception {
        for (String path : List.of("/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).contains("\"resource\":\"" + RESOURCE + "\"", "\"authorization_servers\":[\"" + issuer() + "\"]",
                    "\"scopes_supported\":[\"mcp:tools\",\"notes:write\"]", "\"bearer_methods_supported\":[\"header\"]");
        }
    }

    @Test
    void aRequestWithoutATokenIsToldWhereToGetOne() throws Exception {
        HttpResponse<String> r = post(null, null, INIT);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer resource_metadata=\"https://mcp.example.test"
                + "/.well-known/oauth-protected-resource/mcp\", scope=\"mcp:tools\"");
        assertThat(r.body()).contains("\"error\"");
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(endpoint).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).as("GET").isEqualTo(401);
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("the health probe needs no token").isEqualTo(200);
    }

    @Test
    void aClientCredentialsTokenFromTheAuthorizationServerCallsATool() throws Exception {
        assertCallerSeenByATool(clientCredentials("reporting-job", "mcp:tools"), "reporting-job via null with [mcp:tools]");
    }

    @Test
    void anAuthorizationCodeTokenWithPkceCallsATool() throws Exception {
        assertCallerSeenByATool(authorizationCodeWithPkce("desktop-app"), "alice via desktop-app with [mcp:tools]");
    }

    /** A session opened with {@code token} calls whoami, which describes its caller as {@code expected}. */
    private static void assertCallerSeenByATool(String token, String expected) throws Exception {
        HttpResponse<String> r = post(token, initialize(token), call(2, "whoami", "{}"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(expected);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        String token = authServer.issueToken(ISSUER_ID, "carol", "https://elsewhere.example.test/mcp",
                Map.of("scope", "mcp:tools"), 300L).serialize();
        assertInvalid(post(token, null, INIT), "its audience (aud) must be " + RESOURCE);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        String token = authServer.issueToken("elsewhere", "carol", RESOURCE, Map.of("scope", "mcp:tools"), 300L).serialize();
        assertInvalid(post(token, null, INIT), "no signing key of the authorization server matches the token");
        // signed with the right key, naming another issuer
        SignedJWT otherIssuer = authServer.issueToken(ISSUER_ID, "carol", RESOURCE, Map.of("scope", "mcp:tools",
                "iss", "https://elsewhere.example.test"), 300L);
        assertThat(otherIssuer.getJWTClaimsSet().getIssuer()).isEqualTo("https://elsewhere.example.test");
        assertInvalid(post(otherIssuer.serialize(), null, INIT), "its issuer (iss) must be " + issuer());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = authServer.issueToken(ISSUER_ID, "carol", RESOURCE, Map.of("scope", "mcp:tools"), -600L).serialize();
        assertInvalid(post(token, null, INIT), "the token has expired");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        SignedJWT real = authServer.issueToken(ISSUER_ID, "carol", RESOURCE, Map.of("scope", "mcp:tools"), 300L);
        RSAKey forger = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(real.getHeader()).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(forger));
        assertInvalid(post(forged.serialize(), null, INIT), "signature does not verify with the authorization server's keys");
        assertInvalid(post("not-a-jwt", null, INIT), "not a JWT");
    }

    @Test
    void aTokenWithoutTheServersScopeIsForbiddenNamingIt() throws Exception {
        String token = clientCredentials("reporting-job", "profile");
        HttpResponse<String> r = post(token, null, INIT);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools\", resource_metadata=");
    }

    @Test
    void aToolThatNeedsAScopeOfItsOwnIsForbiddenWithoutItAndCalledWithIt() throws Exception {
        String narrow = clientCredentials("notes-app", "mcp:tools");
        String session = initialize(narrow);
        HttpResponse<String> refused = post(narrow, session, call(7, "write_note", "{\"text\":\"hi\"}"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools notes:write\"");
        assertThat(refused.body()).contains("\"id\":7", "notes:write");

        String wide = clientCredentials("notes-app", "mcp:tools notes:write");
        HttpResponse<String> r = post(wide, session, call(8, "write_note", "{\"text\":\"hi\"}"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("written: hi");
    }

    @Test
    void aSessionAnswersOnlyTheCallerWhoOpenedIt() throws Exception {
        String alice = authorizationCodeWithPkce("desktop-app");
        String session = initialize(alice);
        String bob = authServer.issueToken(ISSUER_ID, "bob", RESOURCE, Map.of("scope", "mcp:tools"), 300L).serialize();
        HttpResponse<String> r = post(bob, session, call(3, "whoami", "{}"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(post(alice, session, call(4, "whoami", "{}")).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditLogNamesTheCallerAndNoTokenIsEverWrittenToTheLog() throws Exception {
        String token = clientCredentials("audited-job", "mcp:tools");
        String session = initialize(token);
        assertThat(post(token, session, call(5, "whoami", "{}")).statusCode()).isEqualTo(200);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        assertThat(post(forged, session, call(6, "whoami", "{}")).statusCode()).isEqualTo(401);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stderr.stream().noneMatch(line -> line.contains("\"caller\":\"audited-job\"")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(stderr).anyMatch(line -> line.contains("\"event\":\"tool_call\"") && line.contains("\"caller\":\"audited-job\""));
        String all = String.join("\n", stderr);
        assertThat(all).doesNotContain(token.substring(token.indexOf('.') + 1, token.lastIndexOf('.')))
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void validateConfigReadsTheIssuersMetadataAndKeysAndSaysWhenTheyCannotBeRead() throws Exception {
        String[] ok = run(Map.of("MCP_OAUTH_ISSUER", issuer(), "MCP_PUBLIC_URL", RESOURCE), "--validate-config");
        assertThat(ok[0]).as(ok[1] + ok[2]).isEqualTo("0");
        assertThat(ok[1]).contains("Authorization over HTTP (MCP_OAUTH_ISSUER " + issuer() + ")",
                "  ok: the metadata of " + issuer() + " names its keys at " + authServer.jwksUrl(ISSUER_ID),
                "  ok: " + authServer.jwksUrl(ISSUER_ID) + " holds 1 signing key(s)",
                "  ok: tokens must name " + RESOURCE + " as their audience");

        String gone = "http://127.0.0.1:9/nowhere";
        String[] unreachable = run(Map.of("MCP_OAUTH_ISSUER", gone, "MCP_PUBLIC_URL", RESOURCE), "--validate-config");
        assertThat(unreachable[0]).isEqualTo("1");
        assertThat(unreachable[1]).contains("  problem: the metadata of " + gone + " could not be read: " + gone
                + "/.well-known/openid-configuration: ");

        String[] misnamed = run(Map.of("MCP_OAUTH_ISSUER", issuer() + "/", "MCP_PUBLIC_URL", RESOURCE), "--validate-config");
        assertThat(misnamed[0]).isEqualTo("1");
        assertThat(misnamed[1]).contains("names the issuer " + issuer() + ", not " + issuer() + "/");
    }

    @Test
    void aServerOnEveryAddressNeedsItsPublicUrlToKnowWhatItsTokensAreFor() throws Exception {
        String[] r = run(Map.of("MCP_OAUTH_ISSUER", issuer()), "--transport", "http", "--host", "0.0.0.0", "--port", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("MCP_OAUTH_ISSUER is set and the server listens on every address (0.0.0.0): set MCP_PUBLIC_URL");
    }

    /** Runs the fixture with {@code env} added and stdin closed; exit status, stdout, stderr. */
    private static String[] run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), OAuthFixtureServer.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        Process p = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), out, err.get()};
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertInvalid(HttpResponse<String> r, String reason) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        String challenge = r.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer error=\"invalid_token\", error_description=\"").contains(reason)
                .contains("resource_metadata=\"https://mcp.example.test/.well-known/oauth-protected-resource/mcp\"");
    }

    private static String call(int id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    /** Initializes with {@code token}; the session id. */
    private static String initialize(String token) throws Exception {
        HttpResponse<String> r = post(token, null, INIT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String session = r.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(post(token, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode()).isEqualTo(202);
        return session;
    }

    private static HttpResponse<String> post(String token, String session, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The client credentials grant at the token endpoint, as a confidential client sends it. */
    private static String clientCredentials(String clientId, String scope) throws Exception {
        return accessToken(form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", "s3cret",
                "scope", scope)));
    }

    /** The authorization code flow of a public client with PKCE (S256): authorize, follow the redirect's code, exchange. */
    private static String authorizationCodeWithPkce(String clientId) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:33418/callback";
        HttpResponse<String> authorize = HTTP.send(HttpRequest.newBuilder(URI.create(authServer.authorizationEndpointUrl(ISSUER_ID)
                + "?" + form(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", redirect, "scope", "openid mcp:tools",
                "state", "s-1", "code_challenge", challenge, "code_challenge_method", "S256", "resource", RESOURCE)))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect).contains("state=s-1");
        String code = URI.create(location).getQuery().replaceAll(".*(?:^|&)code=([^&]+).*", "$1");
        return accessToken(form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "client_id", clientId, "code_verifier", verifier)));
    }

    private static String accessToken(String form) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(authServer.tokenEndpointUrl(ISSUER_ID).toString()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return pairs.stream().collect(Collectors.joining("&"));
    }
}
