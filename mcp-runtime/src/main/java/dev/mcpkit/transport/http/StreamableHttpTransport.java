package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import dev.mcpkit.json.JsonException;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.JsonRpc;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.ProtocolVersions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * MCP over Streamable HTTP (2025-11-25, answering 2025-06-18 and 2025-03-26 clients too) on the JDK's own HTTP server:
 * one endpoint; POST takes one JSON-RPC message (a request is answered as JSON, or as an SSE stream when messages
 * about it come first); GET opens the session's stream for the server's own messages, or, with {@code Last-Event-ID},
 * resumes a stream whose connection broke; DELETE ends the session.
 * Sessions ({@code Mcp-Session-Id}, 128 random bits) start with {@code initialize}. Every refusal carries the HTTP
 * status the specification names and a JSON-RPC error: 400 (no session id, unsupported {@code MCP-Protocol-Version},
 * not JSON-RPC), 403 (a {@code Host} or {@code Origin} that is not this server's), 404 (unknown session), 405, 406,
 * 409 (a second GET stream), 413 (over the size limit), 415. Nothing a client sends stops the server. Every 15 s
 * (or half the idle limit, when shorter) each GET stream gets an SSE comment (a client that has gone closes it), and
 * sessions idle past the limit end.
 */
public final class StreamableHttpTransport {

    /** Creates the dispatcher of a new session; its messages go to {@code sink}. */
    public interface Sessions {
        Dispatcher open(MessageSink sink, CallExecutor executor);
    }

    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final String VERSION_HEADER = "MCP-Protocol-Version";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long KEEP_ALIVE_MILLIS = 15_000;

    private final HttpOptions options;
    private final Sessions sessions;
    private final PrintStream log;
    private final OriginCheck originCheck;
    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService threads;
    private ScheduledExecutorService housekeeping;

    public StreamableHttpTransport(HttpOptions options, Sessions sessions, PrintStream log) {
        this.options = options;
        this.sessions = sessions;
        this.log = log;
        this.originCheck = new OriginCheck(options.host());
    }

    /** Binds and starts serving; returns the address bound (the port chosen when it was 0). */
    public InetSocketAddress start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 0);
        threads = HttpThreads.create();
        server.setExecutor(threads);
        server.createContext(options.path(), this::handle);
        server.start();
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mcp-http-housekeeping");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(KEEP_ALIVE_MILLIS, options.idleTimeout().toMillis() / 2));
        housekeeping.scheduleWithFixedDelay(this::keepAliveAndExpire, period, period, TimeUnit.MILLISECONDS);
        return server.getAddress();
    }

    /** Every GET stream hears from the server; sessions idle longer than the limit end. */
    private void keepAliveAndExpire() {
        long idle = options.idleTimeout().toNanos();
        for (HttpSession session : byId.values()) {
            session.keepAlive();
            if (session.idleFor(idle) && byId.remove(session.id(), session)) {
                end(session);
            }
        }
    }

    /** Serves until {@link #stop()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Ends every session and stops listening; once. */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        housekeeping.shutdownNow();
        byId.values().forEach(this::end);
        byId.clear();
        server.stop(0);
        threads.shutdownNow();
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) {
        try {
            if (!exchange.getRequestURI().getPath().equals(options.path())) {
                refuse(exchange, 404, McpException.INVALID_REQUEST, "Not Found: the MCP endpoint is " + options.path());
                return;
            }
            String problem = originCheck.problem(exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestHeaders().getFirst("Origin"));
            if (problem != null) {
                refuse(exchange, 403, McpException.INVALID_REQUEST, "Forbidden: " + problem);
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "POST":
                    post(exchange);
                    break;
                case "GET":
                    get(exchange);
                    break;
                case "DELETE":
                    delete(exchange);
                    break;
                default:
                    exchange.getResponseHeaders().set("Allow", "GET, POST, DELETE");
                    refuse(exchange, 405, McpException.INVALID_REQUEST, "Method Not Allowed: use POST, GET or DELETE");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away
        } catch (RuntimeException | StackOverflowError e) {
            log.println("mcpkit: HTTP request failed: " + e);
            try {
                refuse(exchange, 500, McpException.INTERNAL_ERROR, "Internal error (" + e.getClass().getSimpleName() + ")");
            } catch (IOException | RuntimeException ignored) {
                // headers were sent already, or the client is gone
            }
        } finally {
            exchange.close();
        }
    }

    private void post(HttpExchange exchange) throws IOException, InterruptedException {
        String contentType = header(exchange, "Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            refuse(exchange, 415, McpException.INVALID_REQUEST, "Unsupported Media Type: POST a JSON-RPC message as application/json");
            return;
        }
        String accept = accept(exchange);
        boolean json = accepts(accept, "application/json");
        boolean sse = accepts(accept, "text/event-stream");
        if (!json && !sse) {
            refuse(exchange, 406, McpException.INVALID_REQUEST,
                    "Not Acceptable: the client must accept application/json and text/event-stream");
            return;
        }
        String text = body(exchange);
        if (text == null) {
            return;
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            refuse(exchange, 400, McpException.PARSE_ERROR, "Parse error: " + e.getMessage());
            return;
        }
        if (!(parsed instanceof Map)) {
            refuse(exchange, 400, McpException.INVALID_REQUEST,
                    "Invalid Request: POST one JSON-RPC message (an object); batches are not supported");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) parsed;
        Object method = message.get("method");
        boolean request = method instanceof String && message.containsKey("id");
        if (request && !JsonRpc.isValidId(message.get("id"))) {
            refuse(exchange, 400, McpException.INVALID_REQUEST, "Invalid Request: id must be a string or an integer");
            return;
        }
        HttpSession session;
        if ("initialize".equals(method) && request) {
            session = newSession();
            exchange.getResponseHeaders().set(SESSION_HEADER, session.id());
        } else {
            session = session(exchange);
            if (session == null || !versionAccepted(exchange)) {
                return;
            }
        }
        if (!request) {
            session.dispatcher().onMessage(message);
            exchange.sendResponseHeaders(202, -1);
            return;
        }
        int jsonAt = accept.indexOf("application/json");
        boolean ssePreferred = accept.indexOf("text/event-stream") < (jsonAt < 0 ? Integer.MAX_VALUE : jsonAt);
        ResponseStream answer = new ResponseStream(exchange, sse, ssePreferred, session.primes(), session.events(), message.get("id"));
        if (!session.await(message.get("id"), answer)) {
            refuse(exchange, 400, McpException.INVALID_REQUEST, "Invalid Request: a request with id " + Json.write(message.get("id"))
                    + " is still in progress");
            return;
        }
        session.dispatcher().onMessage(message);
        answer.await();
    }

    private void get(HttpExchange exchange) throws IOException, InterruptedException {
        String accept = header(exchange, "Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            refuse(exchange, 406, McpException.INVALID_REQUEST, "Not Acceptable: GET opens an SSE stream: accept text/event-stream");
            return;
        }
        HttpSession session = session(exchange);
        if (session == null || !versionAccepted(exchange) || resumed(exchange, session)) {
            return;
        }
        SseStream stream = new SseStream(exchange, session.events(), HttpSession.STANDALONE);
        if (!session.openStandalone(stream)) {
            refuse(exchange, 409, McpException.INVALID_REQUEST, "Conflict: this session has a GET stream open already");
            return;
        }
        stream.start();
        stream.awaitClosed();
    }

    /**
     * A GET with {@code Last-Event-ID} resumes the stream that event belongs to: the events after it are replayed and,
     * when it is a request's answer still under way, the rest of it follows. False when the id names no event kept.
     */
    private boolean resumed(HttpExchange exchange, HttpSession session) throws IOException, InterruptedException {
        String lastEventId = header(exchange, "Last-Event-ID");
        long after;
        try {
            after = lastEventId == null ? -1 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        Object stream = after < 0 ? null : session.events().streamOf(after);
        if (stream == null) {
            return false;
        }
        SseStream resumed = new SseStream(exchange, session.events(), stream);
        resumed.start();
        if (stream.equals(HttpSession.STANDALONE)) {
            session.events().after(stream, after).forEach(resumed::write);
            session.replaceStandalone(resumed);
        } else {
            ResponseStream answer = session.waitingFor(stream);
            if (answer == null || !answer.resume(resumed, after)) {
                session.events().after(stream, after).forEach(resumed::write);
                resumed.close();
            }
        }
        resumed.awaitClosed();
        return true;
    }

    private void delete(HttpExchange exchange) throws IOException {
        HttpSession session = session(exchange);
        if (session == null) {
            return;
        }
        byId.remove(session.id());
        end(session);
        exchange.sendResponseHeaders(200, -1);
    }

    private HttpSession newSession() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        HttpSession session = new HttpSession(HexFormat.of().formatHex(bytes));
        session.attach(sessions.open(session, CallExecutor.pool()));
        byId.put(session.id(), session);
        return session;
    }

    /** The session the request names; null when it was refused (400 without an id, 404 for an unknown one). */
    private HttpSession session(HttpExchange exchange) throws IOException {
        String id = header(exchange, SESSION_HEADER);
        if (id == null) {
            refuse(exchange, 400, McpException.INVALID_REQUEST, "Bad Request: the " + SESSION_HEADER
                    + " header is missing (initialize returns it)");
            return null;
        }
        HttpSession session = byId.get(id);
        if (session == null) {
            refuse(exchange, 404, -32001, "Session not found: it ended or never existed; initialize again");
        }
        return session;
    }

    private boolean versionAccepted(HttpExchange exchange) throws IOException {
        String version = header(exchange, VERSION_HEADER);
        if (version == null || ProtocolVersions.SUPPORTED.contains(version)) {
            return true;
        }
        refuse(exchange, 400, McpException.INVALID_REQUEST, "Bad Request: unsupported " + VERSION_HEADER + " " + version
                + " (supported: " + String.join(", ", ProtocolVersions.SUPPORTED) + ")");
        return false;
    }

    /** Ends a session: its waiting requests get empty answers, its streams close, its calls drain. */
    private void end(HttpSession session) {
        session.close();
        Thread drain = new Thread(() -> session.dispatcher().drain(), "mcp-session-end");
        drain.setDaemon(true);
        drain.start();
    }

    /** The body as UTF-8 text, or null when it was refused (413 over the limit, 400 not UTF-8). */
    private String body(HttpExchange exchange) throws IOException {
        String length = header(exchange, "Content-Length");
        String tooLarge = "Payload Too Large: the limit is " + options.maxMessageBytes() + " bytes";
        if (length != null && parseLength(length) > options.maxMessageBytes()) {
            refuse(exchange, 413, McpException.INVALID_REQUEST, tooLarge);
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > options.maxMessageBytes()) {
                    refuse(exchange, 413, McpException.INVALID_REQUEST, tooLarge);
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            refuse(exchange, 400, McpException.PARSE_ERROR, "Parse error: the body is not UTF-8");
            return null;
        }
    }

    private static long parseLength(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String header(HttpExchange exchange, String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** A POST's Accept header; none takes JSON. */
    private static String accept(HttpExchange exchange) {
        String accept = header(exchange, "Accept");
        return accept == null ? "application/json" : accept.toLowerCase(Locale.ROOT);
    }

    private static boolean accepts(String accept, String type) {
        return accept.contains(type) || accept.contains("*/*");
    }

    /** An HTTP error with a JSON-RPC error body (no id: the message was not taken). */
    private static void refuse(HttpExchange exchange, int status, int code, String message) throws IOException {
        byte[] body = JsonRpc.error(null, code, message, null).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
