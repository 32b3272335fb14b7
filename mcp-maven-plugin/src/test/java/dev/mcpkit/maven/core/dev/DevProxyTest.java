package dev.mcpkit.maven.core.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.maven.fixtures.DevServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * mcp:dev over Streamable HTTP with real server processes and real HTTP: a session opened before a reload goes on
 * against the new process, its GET stream hears list_changed and ends, calls under way get the error that says to send
 * them again (as JSON, and as an event when the answer was a stream), a failed build leaves the old process serving, a
 * request the proxy must refuse gets an answer and serving goes on, and no server process is left behind. The build is
 * a stand-in that writes the next version where {@link DevServer} reads it.
 */
class DevProxyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCEPT = "application/json, text/event-stream";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private DevProxy proxy;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aReloadKeepsTheSessionTellsTheGetStreamAndAnswersEveryCallUnderWay() throws Exception {
        NumberedBuild build = new NumberedBuild(tmp);
        Path sources = Files.createDirectories(tmp.resolve("src/main/java"));
        proxy = new DevProxy(build.server(), build, new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        URI endpoint = proxy.start("127.0.0.1", 0, List.of(sources));
        assertThat(err()).contains("mcp:dev: serving " + endpoint + " (reloads on save)").doesNotContain("serving MCP over");

        HttpResponse<String> init = post(endpoint, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"dev-test\",\"version\":\"1\"}}}");
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(post(endpoint, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode()).isEqualTo(202);
        assertThat(description(endpoint, session, 2)).isEqualTo("Build 1");

        BlockingQueue<String> stream = new LinkedBlockingQueue<>();
        CompletableFuture<Void> streamEnded = listen(endpoint, session, null, stream);   // open once its headers came
        CompletableFuture<HttpResponse<String>> plainCall = http.sendAsync(request(endpoint, session, ACCEPT,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"hold\",\"arguments\":{}}}"),
                HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<InputStream>> streamedCall = http.sendAsync(request(endpoint, session,
                ACCEPT, "{\"jsonrpc\":\"2.0\",\"id\":\"four\",\"method\":\"tools/call\",\"params\":{\"name\":\"hold\","
                        + "\"arguments\":{},\"_meta\":{\"progressToken\":\"p4\"}}}"),   // progress first: the answer is a stream
                HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> streamed = streamedCall.get(30, TimeUnit.SECONDS);   // its progress has come
        assertThat(streamed.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread.sleep(500);   // and the other call is under way in the first process too
        assertThat(plainCall).isNotDone();

        Files.writeString(sources.resolve("Tools.java"), "class Tools {}");   // a save
        HttpResponse<String> plain = plainCall.get(60, TimeUnit.SECONDS);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode plainError = JSON.readTree(plain.body());
        assertThat(plainError.path("id").asInt()).isEqualTo(3);
        assertThat(plainError.path("error").path("code").asInt()).isEqualTo(-32603);
        assertThat(plainError.path("error").path("message").asString()).isEqualTo(DevSupervisor.RELOADED);
        String events = CompletableFuture.supplyAsync(() -> {
            try (InputStream body = streamed.body()) {
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
        assertThat(events).as("the progress came first").contains("notifications/progress");
        JsonNode streamedError = lastData(events);
        assertThat(streamedError.path("id").asString()).isEqualTo("four");
        assertThat(streamedError.path("error").path("message").asString()).isEqualTo(DevSupervisor.RELOADED);

        streamEnded.get(10, TimeUnit.SECONDS);
        assertThat(new ArrayList<>(stream)).as("the GET stream hears of the reload, then ends")
                .anySatisfy(e -> assertThat(e).contains("\"method\":\"notifications/tools/list_changed\""));
        assertThat(description(endpoint, session, 5)).as("the same session, the new process").isEqualTo("Build 2");
        assertThat(err()).contains("mcp:dev: reloaded: build ");
        awaitServerProcesses(1);

        CompletableFuture<Void> reopened = listen(endpoint, session, "g1-1", new LinkedBlockingQueue<>());   // as a client reconnects
        assertThat(reopened).as("the new process holds the session's new GET stream").isNotDone();

        build.failWith("[ERROR] Tools.java:[1,14] ';' expected");
        Files.writeString(sources.resolve("Tools.java"), "class Tools { int x }");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!err().contains("the build failed") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(err()).contains("the build failed; the server keeps running the previous build").contains("';' expected");
        assertThat(description(endpoint, session, 6)).as("still the previous build").isEqualTo("Build 2");

        proxy.close();
        awaitServerProcesses(0);
    }

    @Test
    void whatThePeerSendsNeverStopsTheProxy() throws Exception {
        proxy = new DevProxy(new NumberedBuild(tmp).server(), () -> null, new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        URI endpoint = proxy.start("127.0.0.1", 0, List.of());

        assertThat(raw(endpoint, "POST /mcp HTTP/1.1\r\nHost: attacker.example\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}")).as("DNS rebinding").startsWith("HTTP/1.1 403");
        assertThat(raw(endpoint, "GARBAGE\r\n\r\n")).as("not HTTP").doesNotContain("200");
        HttpResponse<String> notJson = http.send(request(endpoint, null, ACCEPT, "{\"jsonrpc\":"), HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).as("the server's own refusal, passed on").isEqualTo(400);
        HttpResponse<String> tooLarge = http.send(request(endpoint, null, ACCEPT, "x".repeat(DevProxy.MAX_BODY + 1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("paths beside /mcp are passed on too").isEqualTo(200);

        HttpResponse<String> init = post(endpoint, null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"dev-test\",\"version\":\"1\"}}}");
        assertThat(init.statusCode()).as("still serving: " + init.body()).isEqualTo(200);
    }

    private String description(URI endpoint, String session, int id) throws Exception {
        HttpResponse<String> answer = post(endpoint, session, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode message = JSON.readTree(answer.body());
        assertThat(message.path("id").asInt()).as(answer.body()).isEqualTo(id);
        for (JsonNode tool : message.path("result").path("tools")) {
            if (tool.path("name").asString().equals("version")) {
                return tool.path("description").asString();
            }
        }
        throw new AssertionError("no tool version in " + answer.body());
    }

    private HttpResponse<String> post(URI endpoint, String session, String body) throws Exception {
        return http.send(request(endpoint, session, ACCEPT, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI endpoint, String session, String accept, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Accept", accept)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
        }
        return request.build();
    }

    /** Opens the session's GET stream; each event (its lines) goes to {@code events}; the future completes when it ends. */
    private CompletableFuture<Void> listen(URI endpoint, String session, String lastEventId, BlockingQueue<String> events)
            throws Exception {
        HttpRequest.Builder get = HttpRequest.newBuilder(endpoint).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25").GET();
        if (lastEventId != null) {
            get.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = http.send(get.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder event = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        events.add(event.toString());
                        event.setLength(0);
                    } else {
                        event.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static JsonNode lastData(String events) {
        JsonNode last = null;
        for (String line : events.split("\n")) {
            if (line.startsWith("data:") && !line.substring(5).isBlank()) {
                last = JSON.readTree(line.substring(5).strip());
            }
        }
        assertThat(last).as("an event with data in " + events).isNotNull();
        return last;
    }

    private static String raw(URI endpoint, String request) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return "";   // the connection was dropped: also an answer
            }
        }
    }

    /** Waits until exactly {@code count} server processes of this JVM are alive (an old one is stopped after a reload). */
    private static void awaitServerProcesses(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (serverProcesses() != count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(serverProcesses()).as("server processes alive").isEqualTo(count);
    }

    private static long serverProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();   // the servers are its only children
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
