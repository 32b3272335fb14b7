import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OAuth 2 / OpenID Connect authorization server on loopback for test/oauth.test.mjs (mock-oauth2-server, on
 * the class path the build writes to target/oauth-classpath.txt). Its token callbacks are the JSON of the first
 * argument; it prints its base URL on stdout and stops when stdin closes.
 */
public final class MockAuthServer {

    public static void main(String[] args) throws IOException {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(args[0]));
        server.start();
        System.out.println(server.baseUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // the test holds stdin open while it needs the server
        }
        server.shutdown();
    }
}
