package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * MCP_TRANSPORT, MCP_HOST and MCP_PORT through the configuration hierarchy, in a real server process: an isolated
 * environment, a working directory and a config directory of its own.
 * A server that ignored them would serve stdio and never print its endpoint: the timeout turns that wait into a failure.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TransportSettingsProcessTest {

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @TempDir
    Path dir;
    private Path work;
    private Path configDir;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() throws IOException {
        work = Files.createDirectories(dir.resolve("work"));
        configDir = Files.createDirectories(dir.resolve("config").resolve("sample"));
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The server's first stderr line must name its HTTP endpoint; an initialize POSTed there is answered. */
    private static URI servesHttp(Process p) throws Exception {
        String line = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).matches("sample: serving MCP over Streamable HTTP at http://127\\.0\\.0\\.1:\\d+/mcp");
        URI endpoint = URI.create(line.substring(line.indexOf("http://")));
        HttpResponse<String> init = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INIT)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.body()).contains("\"serverInfo\"");
        assertThat(p.getInputStream().available()).as("bytes on stdout").isZero();
        return endpoint;
    }

    /** Starts the server with {@code args}, checks that it serves HTTP, and stops it. */
    private void startAndServeHttp(String... args) throws Exception {
        Process p = start(args);
        try {
            servesHttp(p);
        } finally {
            stop(p);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs to the end with {@code stdin} as input; stdout and stderr, each whole. */
    private String[] runToEnd(String stdin, String... args) throws Exception {
        Process p = start(args);
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.txt");
        Thread drainOut = new Thread(() -> {
            try {
                Files.write(out, p.getInputStream().readAllBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        drainOut.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        drainOut.join(10_000);
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out), err};
    }

    @Test
    void theEnvironmentChoosesHttpAndItsPort() throws Exception {
        env.put("MCP_TRANSPORT", "http");
        env.put("MCP_PORT", "0");
        startAndServeHttp();
    }

    @Test
    void theDotEnvFilesChooseThemTooEachSettingFromWhereverItIsFound() throws Exception {
        Files.writeString(work.resolve(".env"), "MCP_TRANSPORT=HTTP\n");
        Files.writeString(configDir.resolve(".env"), "MCP_PORT=0\nMCP_HOST=127.0.0.1\n");
        startAndServeHttp();
    }

    @Test
    void theCommandLineWinsOverEverySetting() throws Exception {
        env.put("MCP_TRANSPORT", "http");
        env.put("MCP_PORT", "not-a-port");
        String[] stdio = runToEnd(INIT + "\n", "--transport", "stdio");
        assertThat(stdio[0]).isEqualTo("0");
        assertThat(stdio[1]).contains("\"id\":0").contains("\"serverInfo\"");

        env.put("MCP_TRANSPORT", "stdio");
        env.put("MCP_HOST", "192.0.2.1");   // not this machine: binding it would fail
        startAndServeHttp("--transport", "http", "--port", "0", "--host", "127.0.0.1");
    }

    @Test
    void aValueASettingCannotTakeStopsTheServerNamingTheSettingWhereItIsAndTheFix() throws Exception {
        Files.writeString(configDir.resolve(".env"), "MCP_TRANSPORT=http\nMCP_PORT=70000\n");
        String[] r = runToEnd(INIT + "\n");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).as("stdout").isEmpty();
        assertThat(r[2]).contains("MCP_PORT from config .env (" + configDir.resolve(".env") + ":2)")
                .contains("an integer from 0 to 65535, got \"70000\"").contains("--port");

        env.put("MCP_TRANSPORT", "sse");
        r = runToEnd(INIT + "\n", "--port", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("MCP_TRANSPORT from the environment").contains("stdio").contains("http").contains("--transport");
    }

    @Test
    void validateConfigShowsTheTransportSettingsAndFailsOnAWrongOne() throws Exception {
        String[] ok = runToEnd("", "--validate-config");
        assertThat(ok[1]).containsPattern("MCP_TRANSPORT\\s+default\\s+\\S+\\s+stdio")
                .containsPattern("MCP_PORT\\s+default\\s+\\S+\\s+8080");

        env.put("MCP_PORT", "eighty");
        String[] wrong = runToEnd("", "--validate-config");
        assertThat(wrong[0]).isEqualTo("1");
        assertThat(wrong[1]).contains("MCP_PORT from the environment: expected an integer from 0 to 65535, got \"eighty\"");
    }

    @Test
    void anIssuerWithoutTheVerifierModuleStopsTheServerNamingTheDependencyToAdd() throws Exception {
        env.put("MCP_OAUTH_ISSUER", "https://auth.example.test/realms/mcp");
        String[] r = runToEnd("", "--transport", "http", "--port", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).as("stdout").isEmpty();
        assertThat(r[2]).contains("MCP_OAUTH_ISSUER is set, but no access-token verifier is on the class path")
                .contains("add the dependency dev.mcpkit:mcp-oauth").doesNotContain("serving MCP");

        String[] validate = runToEnd("", "--validate-config");
        assertThat(validate[0]).isEqualTo("1");
        assertThat(validate[1]).containsPattern("MCP_OAUTH_ISSUER\\s+env\\s+ok\\s+https://auth.example.test/realms/mcp")
                .contains("Authorization over HTTP (MCP_OAUTH_ISSUER https://auth.example.test/realms/mcp)")
                .contains("  problem: tokens are checked for this server's URL: set MCP_PUBLIC_URL");
        env.put("MCP_PUBLIC_URL", "https://mcp.example.test/mcp");
        assertThat(runToEnd("", "--validate-config")[1]).contains("  problem: MCP_OAUTH_ISSUER is set, but no access-token verifier");
    }

    @Test
    void aServerThatAnyoneCanReachWithoutAuthorizationSaysSo() throws Exception {
        Process p = start("--transport", "http", "--host", "0.0.0.0", "--port", "0");
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            assertThat(err.readLine()).matches("sample: serving MCP over Streamable HTTP at http://0\\.0\\.0\\.0:\\d+/mcp");
            assertThat(err.readLine()).startsWith("sample: warning: anyone who reaches 0.0.0.0:")
                    .contains("can call every tool; set MCP_OAUTH_ISSUER");
        } finally {
            stop(p);
        }
    }

    @Test
    void aSessionOneInstanceOpenedIsTakenUpByAnotherThatHoldsTheSameSessionKey() throws Exception {
        env.put("MCP_SESSION_KEY", "k".repeat(16) + "-shared-by-every-instance");
        Process a = start("--transport", "http", "--port", "0");
        Process b = start("--transport", "http", "--port", "0");
        env.put("MCP_SESSION_KEY", "another-deployment-with-its-own-key-000");
        Process c = start("--transport", "http", "--port", "0");
        try {
            URI atA = servesHttp(a);
            URI atB = servesHttp(b);
            URI atC = servesHttp(c);
            HttpResponse<String> init = post(atA, null, INIT.replace("\"capabilities\":{}", "\"capabilities\":{\"roots\":{}}"));
            String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            assertThat(session).startsWith("s1.").matches("[\\x21-\\x7e]+");
            String call = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                    + "\"arguments\":{\"message\":\"on b\"}}}";
            HttpResponse<String> onB = post(atB, session, call);
            assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
            assertThat(onB.body()).contains("on b");
            assertThat(post(atB, session, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}").statusCode()).isEqualTo(200);

            assertThat(post(atC, session, call).statusCode()).as("another key").isEqualTo(404);
            HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(atB)
                    .header("Mcp-Session-Id", session).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(post(atB, session, call).statusCode()).as("ended by DELETE on this instance").isEqualTo(404);
            String tampered = session.substring(0, session.length() - 2) + (session.endsWith("AA") ? "BB" : "AA");
            assertThat(post(atB, tampered, call).statusCode()).as("a changed id").isEqualTo(404);

            // a stateless request's input rounds: the state one instance seals, another with the key opens
            String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                    + "\"io.modelcontextprotocol/clientCapabilities\":{\"roots\":{}}}";
            String ask = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"root_count\",\"arguments\":{},"
                    + meta + "%s}}";
            Map<?, ?> first = (Map<?, ?>) ((Map<?, ?>) Json.parse(statelessCall(atA, String.format(ask, "")).body())).get("result");
            assertThat(first.get("resultType")).isEqualTo("input_required");
            String answered = String.format(ask, ",\"inputResponses\":{\"roots-1\":{\"roots\":[{\"uri\":\"file:///x\"}]}},"
                    + "\"requestState\":" + Json.write(first.get("requestState")));
            assertThat(statelessCall(atB, answered).body()).as("the same key").contains("\"text\":\"1\"");
            assertThat(statelessCall(atC, answered).body()).as("another key").contains("requestState integrity check failed");
        } finally {
            stop(a);
            stop(b);
            stop(c);
        }
    }

    @Test
    void aSessionKeyTooShortToBeSafeStopsTheServer() throws Exception {
        env.put("MCP_SESSION_KEY", "short");
        String[] r = runToEnd("", "--transport", "http", "--port", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("MCP_SESSION_KEY has 5 characters; it needs at least 32").doesNotContain("short");
    }

    /** A stateless {@code tools/call} (MCP 2026-07-28) of {@code root_count}, with the headers that repeat its body. */
    private static HttpResponse<String> statelessCall(URI endpoint, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call").header("Mcp-Name", "root_count")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(URI endpoint, String session, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
