package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Streamable HTTP transport through real HTTP: a {@link SampleServer} started with {@code --transport http --port 0}
 * as a server's command line starts it, the JDK's HTTP client as the client. Every refusal the specification names is
 * checked with its status and JSON-RPC error.
 */
class StreamableHttpTest {

    private static final Pattern SERVING = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)");

    private static SampleServer server;
    private static final List<Thread> SERVERS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static URI endpoint;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void serve() throws Exception {
        server = new SampleServer();
        server.maxMessageBytes(64 * 1024);
        endpoint = serveOverHttp(server);
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(endpoint.getPath()).isEqualTo("/mcp");
    }

    /** Starts {@code server} as its command line does with {@code --transport http --port 0}; returns its endpoint. */
    private static URI serveOverHttp(SampleServer server) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> server.attachedEngine().execute(new String[] {"--transport", "http", "--port", "0"},
                InputStream.nullInputStream(), OutputStream.nullOutputStream(), errStream), "http-server");
        thread.setDaemon(true);
        thread.start();
        SERVERS.add(thread);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(err.toString(StandardCharsets.UTF_8));
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server names its endpoint on stderr: " + err);
    }

    @AfterAll
    static void stop() {
        SERVERS.forEach(Thread::interrupt);
    }

    @Test
    void aProbeAsksForHealthWithoutASession() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(endpoint.resolve("/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(send(HttpRequest.newBuilder(endpoint.resolve("/health")).POST(body("{}"))).statusCode()).isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(endpoint.resolve("/healthy")).GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionStartsWithInitializeAndItsRequestsAreAnsweredAsJson() throws Exception {
        String session = initialize();
        HttpResponse<String> initialized = post(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertThat(initialized.statusCode()).isEqualTo(202);
        assertThat(initialized.body()).isEmpty();

        HttpResponse<String> list = post(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(list.body()).contains("\"id\":2").contains("\"name\":\"echo\"");

        HttpResponse<String> call = post(session, "{\"jsonrpc\":\"2.0\",\"id\":\"c\",\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"over http\"}}}");
        assertThat(call.body()).contains("\"id\":\"c\"").contains("over http");
    }

    @Test
    void progressOfACallTravelsOnItsOwnSseStreamBeforeTheResult() throws Exception {
        String session = initialize();
        HttpResponse<String> call = post(session, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"wait_for\",\"arguments\":{\"millis\":30},\"_meta\":{\"progressToken\":\"p\"}}}");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(call.body()).as("a priming event first: an id, a retry, empty data")
                .matches("(?s)id: \\d+\nretry: 1000\ndata: \n\n.*");
        List<String> data = events(call.body());
        assertThat(data).hasSize(4);
        assertThat(data.subList(0, 3)).allMatch(d -> d.contains("notifications/progress") && d.contains("\"progressToken\":\"p\""));
        assertThat(data.get(3)).contains("\"id\":7").contains("waited");
        assertThat(call.body()).contains("id: ").contains("event: message");
    }

    @Test
    void aClientThatListsEventStreamsFirstGetsEvenALoneAnswerAsAPrimedStream() throws Exception {
        String session = initialize();
        HttpResponse<String> ping = send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream, application/json").header("Mcp-Session-Id", session)
                .POST(body("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}")));
        assertThat(ping.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(ping.body()).matches("(?s)id: \\d+\nretry: 1000\ndata: \n\n.*");
        assertThat(events(ping.body())).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}");
    }

    /**
     * A client whose connection breaks mid-call resumes the call's stream with {@code Last-Event-ID}: it gets every
     * event after the last one it saw, and the result.
     */
    @Test
    void aBrokenCallStreamIsResumedWithLastEventIdAndNothingIsLost() throws Exception {
        String session = initialize();
        HttpResponse<InputStream> call = HTTP.send(builder(session).POST(body("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\","
                + "\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":600},\"_meta\":{\"progressToken\":\"r\"}}}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String seen = readUntil(call.body(), "\"progress\":2");
        call.body().close();   // the connection breaks
        Matcher ids = Pattern.compile("(?m)^id: (\\d+)$").matcher(seen);
        long last = -1;
        while (ids.find()) {
            last = Long.parseLong(ids.group(1));
        }
        assertThat(last).as(seen).isPositive();

        HttpResponse<String> resumed = send(HttpRequest.newBuilder(endpoint).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).header("Last-Event-ID", String.valueOf(last)).GET());
        assertThat(resumed.statusCode()).isEqualTo(200);
        List<String> data = events(resumed.body());
        assertThat(data.get(data.size() - 1)).contains("\"id\":8").contains("waited");
        List<Double> progress = new ArrayList<>();
        for (String event : events(seen + resumed.body())) {
            Matcher p = Pattern.compile("\"progress\":(\\d+(?:\\.\\d+)?)").matcher(event);
            if (event.contains("notifications/progress") && p.find()) {
                progress.add(Double.parseDouble(p.group(1)));
            }
        }
        assertThat(progress).as("every progress event once, in order, across the break").hasSize(60).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theGetStreamCarriesTheServersOwnNotificationsAndDeleteEndsTheSession() throws Exception {
        String session = initialize();
        HttpRequest get = HttpRequest.newBuilder(endpoint).header("Accept", "text/event-stream").header("Mcp-Session-Id", session).GET().build();
        var stream = HTTP.send(get, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(HTTP.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a second GET stream").isEqualTo(409);

        server.addTool(ToolSpec.builder("added").description("Added at run time").handler((args, ctx) -> "hi").build());
        String received = readUntil(stream.body(), "notifications/tools/list_changed");
        assertThat(received).contains("event: message");

        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(endpoint).header("Mcp-Session-Id", session).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(200);
        assertThat(post(session, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}").statusCode()).isEqualTo(404);
        server.removeTool("added");
    }

    /** DELETE: the client has gone for good, so its calls in flight are cancelled (interrupted, never answered). */
    @Test
    void endingASessionCancelsTheCallsItHasInFlight() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
        server.addTool(hold(started, outcome));
        try {
            String session = initialize();
            var call = HTTP.sendAsync(builder(session).POST(body("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"hold\",\"arguments\":{}}}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(endpoint).header("Mcp-Session-Id", session).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(delete.statusCode()).isEqualTo(200);
            assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("interrupted, cancelled=true");
            assertThat(call.get(10, TimeUnit.SECONDS).body()).doesNotContain("\"id\":9");
        } finally {
            server.removeTool("hold");
        }
    }

    /** A tool that waits a minute unless cancelled: {@code started} when it runs, {@code outcome} how it ended. */
    private static ToolSpec hold(java.util.concurrent.CountDownLatch started, java.util.concurrent.CompletableFuture<String> outcome) {
        return ToolSpec.builder("hold").description("Waits a minute unless cancelled").handler((args, ctx) -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
                outcome.complete("finished");
                return "finished";
            } catch (InterruptedException e) {
                outcome.complete("interrupted, cancelled=" + ctx.isCancelled());
                throw e;
            }
        }).build();
    }

    /** A stateless request (MCP 2026-07-28) to {@code at}: the body with its _meta, and the headers that repeat it. */
    private static HttpRequest.Builder stateless(URI at, String method, String name) {
        HttpRequest.Builder b = HttpRequest.newBuilder(at).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", method);
        return name == null ? b : b.header("Mcp-Name", name);
    }

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    @Test
    void statelessRequestsNeedNoSessionAndTheirHeadersMustAgreeWithTheBody() throws Exception {
        String list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{" + META + "}}";
        HttpResponse<String> listed = send(stateless(endpoint, "tools/list", null).POST(body(list)));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Mcp-Session-Id")).as("no session").isEmpty();
        assertThat(listed.body()).contains("\"resultType\":\"complete\"").contains("\"ttlMs\":300000").contains("\"cacheScope\":\"public\"");

        String call = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"message\":\"hi\"}," + META + "}}";
        assertThat(send(stateless(endpoint, "tools/call", "echo").POST(body(call))).body()).contains("hi");
        assertThat(send(stateless(endpoint, "tools/call", "=?base64?ZWNobw==?=").POST(body(call))).body()).as("base64 name").contains("hi");
        assertRefused(send(stateless(endpoint, "tools/call", "ping").POST(body(call))), 400, "Mcp-Name says \"ping\" and the body \"echo\"");
        assertRefused(send(stateless(endpoint, "tools/call", null).POST(body(call))), 400, "the Mcp-Name header is missing");
        assertRefused(send(stateless(endpoint, "tools/call", "=?base64?ZWNobw?=").POST(body(call))), 400, "not valid =?base64?...?=");
        assertRefused(send(stateless(endpoint, "tools/list", null).POST(body(call))), 400, "Mcp-Method says \"tools/list\"");
        assertThat(send(stateless(endpoint, "tools/call", "echo").setHeader("MCP-Protocol-Version", "2025-11-25").POST(body(call))).body())
                .as("the header and _meta disagree").contains("-32020");

        String ping = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{" + META + "}}";
        assertRefused(send(stateless(endpoint, "ping", null).POST(body(ping))), 404, "Method not found: ping (MCP 2026-07-28 has no ping)");
        HttpResponse<String> get = send(stateless(endpoint, "tools/list", null).setHeader("Accept", "text/event-stream").GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(send(stateless(endpoint, "tools/list", null).DELETE()).statusCode()).isEqualTo(405);
    }

    @Test
    void closingTheStreamOfAStatelessCallCancelsIt() throws Exception {
        SampleServer quick = new SampleServer();
        quick.httpSessionIdleTimeout(Duration.ofMillis(400));   // keep-alives every 200 ms find a client that has gone
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> outcome = new java.util.concurrent.CompletableFuture<>();
        quick.addTool(hold(started, outcome));
        URI at = serveOverHttp(quick);
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"hold\",\"arguments\":{},"
                + META + "}}";
        byte[] bytes = call.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(at.getHost(), at.getPort())) {
            socket.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: " + at.getHost() + ":" + at.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "MCP-Protocol-Version: 2026-07-28\r\nMcp-Method: tools/call\r\nMcp-Name: hold\r\nContent-Length: " + bytes.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            socket.setSoTimeout(10_000);
            assertThat(readUntil(socket.getInputStream(), ": keep-alive")).as("a call under way becomes a stream the server keeps alive")
                    .contains("text/event-stream");
        }
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("interrupted, cancelled=true");
    }

    @Test
    void aSessionIdleLongerThanItsLimitEndsAndItsIdThenAnswers404() throws Exception {
        SampleServer idle = new SampleServer();
        idle.httpSessionIdleTimeout(Duration.ofMillis(300));
        URI idleEndpoint = serveOverHttp(idle);
        String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
        HttpRequest.Builder post = HttpRequest.newBuilder(idleEndpoint).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
        String session = send(post.copy().POST(body(init))).headers().firstValue("Mcp-Session-Id").orElseThrow();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
        assertThat(send(post.copy().header("Mcp-Session-Id", session).POST(body(ping))).statusCode()).isEqualTo(200);
        Thread.sleep(1200);
        assertRefused(send(post.copy().header("Mcp-Session-Id", session).POST(body(ping))), 404, "Session not found");
    }

    @Test
    void everyRefusalHasTheStatusTheSpecificationNamesAndAJsonRpcError() throws Exception {
        String session = initialize();
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        assertRefused(post(null, ping), 400, "send \"initialize\" first (and over HTTP then the Mcp-Session-Id");
        assertRefused(post("no-such-session", ping), 404, "Session not found");
        assertRefused(send(builder(session).header("Origin", "http://evil.example.com").POST(body(ping))), 403, "Origin http://evil.example.com");
        assertRefused(send(HttpRequest.newBuilder(endpoint).header("Content-Type", "text/plain").header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", session).POST(body(ping))), 415, "application/json");
        assertRefused(send(builder(session).header("MCP-Protocol-Version", "1999-01-01").POST(body(ping))), 400, "unsupported MCP-Protocol-Version");
        assertRefused(post(session, "{\"jsonrpc\":"), 400, "Parse error");
        assertRefused(post(session, "[" + ping + "]"), 400, "batches are not supported");
        assertRefused(post(session, "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}"), 400, "id must be a string or an integer");
        assertRefused(post(session, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":"
                + "{\"message\":\"" + "x".repeat(70 * 1024) + "\"}}}"), 413, "Payload Too Large");
        assertRefused(send(HttpRequest.newBuilder(endpoint).header("Mcp-Session-Id", session).GET()), 406, "text/event-stream");
        HttpResponse<String> put = send(builder(session).PUT(body(ping)));
        assertRefused(put, 405, "Method Not Allowed");
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
        // the session still serves after all that
        assertThat(post(session, ping).body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
    }

    @Test
    void aRequestFromAnotherHostNameIsRefusedAgainstDnsRebinding() throws Exception {
        String response = raw("POST /mcp HTTP/1.1\r\nHost: evil.example.com\r\nOrigin: http://evil.example.com\r\n"
                + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
        assertThat(response).startsWith("HTTP/1.1 403").contains("Host evil.example.com is not this local server");
        String message = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}";
        String local = raw("POST /mcp HTTP/1.1\r\nHost: localhost:" + endpoint.getPort() + "\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\nContent-Length: " + message.length() + "\r\nConnection: close\r\n\r\n"
                + message);
        assertThat(local).as("a loopback Host is served (here: a request without a session)").startsWith("HTTP/1.1 400");
    }

    /**
     * A client that asks for a large answer and never reads it fills the socket's buffers; the write that stalls ends
     * that client's connection after the write limit, and meanwhile every other client is served as usual.
     */
    @Test
    void aClientThatStopsReadingLosesItsConnectionAndHoldsUpNobody() throws Exception {
        SampleServer slow = new SampleServer();
        slow.httpWriteTimeout(Duration.ofMillis(500));
        slow.addTool(ToolSpec.builder("big").description("A large answer").handler((args, ctx) -> "x".repeat(24 << 20)).build());
        URI slowEndpoint = serveOverHttp(slow);
        String init = initializeAt(slowEndpoint);
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress(slowEndpoint.getHost(), slowEndpoint.getPort()));
            String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"big\"}}";
            stalled.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nMcp-Session-Id: " + init + "\r\nContent-Length: " + call.length()
                    + "\r\n\r\n" + call).getBytes(StandardCharsets.UTF_8));
            Thread.sleep(300);   // the answer is being written, and stalls
            long start = System.nanoTime();
            HttpResponse<String> ping = send(HttpRequest.newBuilder(slowEndpoint).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", init)
                    .POST(body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}")));
            assertThat(ping.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("another request of the same session").isLessThan(Duration.ofSeconds(5));

            Thread.sleep(2000);   // past the write limit: the server has closed the connection
            long received = 0;
            stalled.setSoTimeout(10_000);
            InputStream in = stalled.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received += n;
                }
            } catch (java.net.SocketException reset) {
                // closed with data unsent: a reset
            }
            assertThat(received).as("bytes received before the connection ended").isLessThan(24L << 20);
        }
    }

    /**
     * 1,000 clients that open their GET stream and never read it, while the server tells each of them of a changed
     * tool list fifty times: the server's pushes never wait for them, another client is answered as usual, and an
     * initialize beyond the session limit is answered 503.
     */
    @Test
    void aThousandStreamsNeverReadHoldUpNeitherTheServerNorOtherClients() throws Exception {
        SampleServer busy = new SampleServer();
        busy.httpMaxSessions(1001);
        URI busyEndpoint = serveOverHttp(busy);
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(4096);
                socket.connect(new java.net.InetSocketAddress(busyEndpoint.getHost(), busyEndpoint.getPort()));
                socket.getOutputStream().write(("GET /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                        + "Mcp-Session-Id: " + initializeAt(busyEndpoint) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                streams.add(socket);
            }
            String other = initializeAt(busyEndpoint);
            HttpResponse<String> refused = send(HttpRequest.newBuilder(busyEndpoint).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").POST(body(INITIALIZE)));
            assertRefused(refused, 503, "1001 sessions open");

            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                busy.addTool(ToolSpec.builder("t" + i).description("Added at run time").handler((args, ctx) -> "hi").build());
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("50 pushes to 1,000 streams").isLessThan(Duration.ofSeconds(20));
            HttpResponse<String> call = send(HttpRequest.newBuilder(busyEndpoint).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", other)
                    .POST(body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"message\":\"served\"}}}")));
            assertThat(call.body()).contains("served");
            String seen = readUntil(streams.get(999).getInputStream(), "notifications/tools/list_changed");
            assertThat(seen).as("the streams were open all along").startsWith("HTTP/1.1 200");
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

    /** A new session at {@code at}: initialize, then the initialized notification; its id. */
    private static String initializeAt(URI at) throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(at).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
        HttpResponse<String> init = send(post.copy().POST(body(INITIALIZE)));
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        send(post.copy().header("Mcp-Session-Id", session).POST(body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")));
        return session;
    }

    private static String initialize() throws Exception {
        HttpResponse<String> init = post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.body()).contains("\"name\":\"sample\"").contains("\"protocolVersion\":\"2025-11-25\"");
        String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(session).matches("[0-9a-f]{32}");
        return session;
    }

    private static HttpRequest.Builder builder(String session) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream");
        return session == null ? b : b.header("Mcp-Session-Id", session);
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static HttpResponse<String> post(String session, String message) throws Exception {
        return send(builder(session).POST(body(message)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<?, ?> body = (Map<?, ?>) Json.parse(response.body());
        assertThat(body.get("jsonrpc")).isEqualTo("2.0");
        assertThat(((Map<?, ?>) body.get("error")).get("message").toString()).contains(message);
    }

    /** The data of each SSE event but the priming one. */
    private static List<String> events(String sse) {
        List<String> data = new ArrayList<>();
        for (String line : sse.split("\n")) {
            if (line.startsWith("data: ") && line.length() > 6) {
                data.add(line.substring(6));
            }
        }
        return data;
    }

    private static String readUntil(InputStream in, String text) throws IOException {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!seen.toString().contains(text)) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return seen.toString();
    }

    /** A request as written, for headers the JDK's client will not send (Host); the response's head and body. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            int contentLength = -1;
            while (contentLength < 0 || response.length() < response.indexOf("\r\n\r\n") + 4 + contentLength) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                response.append((char) b);
                Matcher length = Pattern.compile("(?i)content-length: (\\d+)\r\n").matcher(response);
                if (contentLength < 0 && response.indexOf("\r\n\r\n") > 0 && length.find()) {
                    contentLength = Integer.parseInt(length.group(1));
                }
            }
            return response.toString();
        }
    }
}
