package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcpkit.Caller;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import dev.mcpkit.json.JsonException;
import dev.mcpkit.json.JsonLimitException;
import dev.mcpkit.protocol.ArgumentHeaders;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.JsonRpc;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.ProtocolVersions;
import dev.mcpkit.protocol.RequestMeta;
import dev.mcpkit.protocol.Seal;
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
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * MCP over Streamable HTTP (2025-11-25, answering 2025-06-18 and 2025-03-26 clients too) on the JDK's own HTTP server:
 * one endpoint; POST takes one JSON-RPC message (a request is answered as JSON, or as an SSE stream when messages
 * about it come first); GET opens the session's stream for the server's own messages, or, with {@code Last-Event-ID},
 * resumes a stream whose connection broke; DELETE ends the session.
 * Sessions ({@code Mcp-Session-Id}, 128 random bits) start with {@code initialize}. Every refusal carries the HTTP
 * status the specification names and a JSON-RPC error: 400 (no session id, unsupported {@code MCP-Protocol-Version},
 * not JSON-RPC), 403 (a {@code Host} or {@code Origin} that is not this server's), 404 (unknown session), 405, 406,
 * 409 (a second GET stream), 413 (over the size limit), 415, 503 (as many sessions open as the server takes); where
 * the request's id can be read, the error carries it. Nothing a client sends stops the server, and no client holds up
 * another: answers and events are written by the thread serving that client's exchange, a client that does not keep
 * up loses its stream, and a write that stalls past the limit ends its connection ({@link WriteWatchdog}). Every
 * 15 s (or half the idle limit, when shorter) each GET stream gets an SSE comment (a client that has gone closes it),
 * and sessions idle past the limit end.
 */
public final class StreamableHttpTransport {

    /** Creates the dispatcher of a new session; its messages go to {@code sink}. */
    public interface Sessions {
        Dispatcher open(MessageSink sink, CallExecutor executor);
    }

    /** Where probes (a load balancer's, Kubernetes') ask whether the server is up: GET, no token, {@code 200 {"status":"ok"}}. */
    public static final String HEALTH_PATH = "/health";
    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final String VERSION_HEADER = "MCP-Protocol-Version";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long KEEP_ALIVE_MILLIS = 15_000;
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    /** The JSON-RPC code of a 503: one of the range left to servers (-32001 is "session not found"). */
    private static final int SERVER_BUSY = -32000;
    /** How much of a body over the size limit is read to find its id: as on stdio. */
    private static final int ID_WINDOW = 16 * 1024;

    private final HttpOptions options;
    private final Sessions sessions;
    private final PrintStream log;
    private final OriginCheck originCheck;
    private final Function<InetSocketAddress, BearerAuth> authorization;
    private final Seal seal;
    private BearerAuth auth;
    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();
    private final Set<HttpSession> statelessRequests = ConcurrentHashMap.newKeySet();   // stateless requests being answered
    /** Sealed ids a client ended here with DELETE: not taken up again (the newest 10,000). */
    private final Set<String> deleted = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    }));
    private final WriteWatchdog watchdog = new WriteWatchdog();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private HttpServer server;
    private ExecutorService threads;
    private ExecutorService workers;
    private CallExecutor calls;
    private ScheduledExecutorService housekeeping;

    public StreamableHttpTransport(HttpOptions options, Sessions sessions, PrintStream log) {
        this(options, sessions, log, null);
    }

    /**
     * @param authorization given the address bound, the OAuth bearer-token check every request passes ({@link BearerAuth});
     *                      null for none
     */
    public StreamableHttpTransport(HttpOptions options, Sessions sessions, PrintStream log,
                                   Function<InetSocketAddress, BearerAuth> authorization) {
        this.options = options;
        this.sessions = sessions;
        this.log = log;
        this.originCheck = new OriginCheck(options.host());
        this.authorization = authorization;
        this.seal = options.sessionKey() == null ? null : new Seal(options.sessionKey());
    }

    /** Binds and starts serving; returns the address bound (the port chosen when it was 0). */
    public InetSocketAddress start() throws IOException {
        if (System.getProperty(NODELAY) == null) {
            // JDK 17's server leaves Nagle's algorithm on, and writes headers and body apart: with a client's delayed
            // ACK every answer then waits ~40 ms. Read once, when the JDK's server first starts.
            System.setProperty(NODELAY, "true");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 0);
        threads = HttpThreads.create("mcp-http");
        workers = HttpThreads.create("mcp-worker");
        calls = CallExecutor.shared(workers);
        server.setExecutor(threads);
        auth = authorization == null ? null : authorization.apply(server.getAddress());
        server.createContext(options.path(), this::handle);
        if (auth != null) {
            server.createContext(BearerAuth.METADATA_PATH, this::metadata);
        }
        server.createContext(HEALTH_PATH, this::health);
        server.start();
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mcp-http-housekeeping");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(KEEP_ALIVE_MILLIS, options.idleTimeout().toMillis() / 2));
        housekeeping.scheduleWithFixedDelay(this::keepAliveAndExpire, period, period, TimeUnit.MILLISECONDS);
        long writeLimit = options.writeTimeout().toNanos();
        long watch = Math.max(20, options.writeTimeout().toMillis() / 4);
        housekeeping.scheduleWithFixedDelay(() -> watchdog.interruptStalled(writeLimit), watch, watch, TimeUnit.MILLISECONDS);
        return server.getAddress();
    }

    /** Every GET stream, and every answer under way as a stream, hears from the server; sessions idle longer than the limit end. */
    private void keepAliveAndExpire() {
        statelessRequests.forEach(HttpSession::keepAlive);
        long idle = options.idleTimeout().toNanos();
        for (HttpSession session : byId.values()) {
            session.keepAlive();
            if (session.idleFor(idle) && byId.remove(session.id(), session)) {
                end(session);
            }
        }
    }

    /** The bearer-token check, once started with one; else null. */
    public BearerAuth authorization() {
        return auth;
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
        workers.shutdown();
        stopped.countDown();
    }

    private void handle(HttpExchange exchange) {
        try {
            if (!exchange.getRequestURI().getPath().equals(options.path())) {
                refuse(exchange, 404, McpException.INVALID_REQUEST, "Not Found: the MCP endpoint is " + options.path(), null);
                return;
            }
            String problem = originCheck.problem(exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestHeaders().getFirst("Origin"));
            if (problem != null) {
                refuse(exchange, 403, McpException.INVALID_REQUEST, "Forbidden: " + problem, null);
                return;
            }
            Caller caller = null;
            if (auth != null) {
                try {
                    caller = auth.authenticate(exchange);
                } catch (BearerAuth.Denied denied) {
                    deny(exchange, denied, null);
                    return;
                }
            }
            switch (exchange.getRequestMethod()) {
                case "POST":
                    post(exchange, caller);
                    break;
                case "GET":
                    get(exchange, caller);
                    break;
                case "DELETE":
                    delete(exchange, caller);
                    break;
                default:
                    exchange.getResponseHeaders().set("Allow", "GET, POST, DELETE");
                    refuse(exchange, 405, McpException.INVALID_REQUEST, "Method Not Allowed: use POST, GET or DELETE", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away
        } catch (RuntimeException | StackOverflowError e) {
            log.println("mcpkit: HTTP request failed: " + e);
            try {
                refuse(exchange, 500, McpException.INTERNAL_ERROR, "Internal error (" + e.getClass().getSimpleName() + ")", null);
            } catch (IOException | RuntimeException ignored) {
                // headers were sent already, or the client is gone
            }
        } finally {
            exchange.close();
        }
    }

    /** The protected-resource metadata (RFC 9728), to anyone: it is how a client finds where to get a token. */
    private void metadata(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        boolean known = path.equals(BearerAuth.METADATA_PATH) || path.equals(BearerAuth.METADATA_PATH + options.path());
        serveDocument(exchange, known ? auth.metadata() : null, "the metadata is at " + auth.metadataUrl());
    }

    /** The health probe: the server is up and serving. */
    private void health(HttpExchange exchange) {
        serveDocument(exchange, exchange.getRequestURI().getPath().equals(HEALTH_PATH) ? "{\"status\":\"ok\"}" : null,
                "the health probe is at " + HEALTH_PATH);
    }

    /** Answers a GET with {@code json} (to anyone, any origin), or 404 saying {@code where} when it is null. */
    private void serveDocument(HttpExchange exchange, String json, String where) {
        try {
            if (json == null) {
                refuse(exchange, 404, McpException.INVALID_REQUEST, "Not Found: " + where, null);
            } else if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                refuse(exchange, 405, McpException.INVALID_REQUEST, "Method Not Allowed: use GET", null);
            } else {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                watchdog.write(() -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing of the server's is held
        } finally {
            exchange.close();
        }
    }

    private void post(HttpExchange exchange, Caller caller) throws IOException, InterruptedException {
        String contentType = header(exchange, "Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            refuse(exchange, 415, McpException.INVALID_REQUEST, "Unsupported Media Type: POST a JSON-RPC message as application/json", null);
            return;
        }
        String accept = accept(exchange);
        boolean json = accepts(accept, "application/json");
        boolean sse = accepts(accept, "text/event-stream");
        if (!json && !sse) {
            refuse(exchange, 406, McpException.INVALID_REQUEST,
                    "Not Acceptable: the client must accept application/json and text/event-stream", null);
            return;
        }
        Map<String, Object> message = message(exchange);
        if (message == null) {
            return;
        }
        if (caller != null) {
            try {
                auth.authorize(caller, message);
            } catch (BearerAuth.Denied denied) {
                Object id = message.get("id");
                deny(exchange, denied, JsonRpc.isValidId(id) ? id : null);
                return;
            }
        }
        Object method = message.get("method");
        boolean request = message.containsKey("id") && !JsonRpc.isResponse(message);
        if (request && header(exchange, SESSION_HEADER) == null
                && !("initialize".equals(method) && RequestMeta.versionIn(message.get("params")) == null)) {
            stateless(exchange, message, caller, accept, sse);
            return;
        }
        HttpSession session;
        if ("initialize".equals(method) && request) {
            session = newSession(caller, message);
            if (session == null) {
                refuse(exchange, 503, SERVER_BUSY, "Service Unavailable: the server has " + options.maxSessions()
                        + " sessions open, as many as it takes; try again once one has ended", message.get("id"));
                return;
            }
            exchange.getResponseHeaders().set(SESSION_HEADER, session.id());
        } else {
            session = session(exchange, caller);
            if (session == null || !versionAccepted(exchange)) {
                return;
            }
        }
        if (!request) {
            session.dispatcher().onMessage(message, caller);
            exchange.sendResponseHeaders(202, -1);
            return;
        }
        Object id = message.get("id");
        ResponseStream answer = new ResponseStream(exchange, sse, prefersSse(accept), session.primes(), false, session.events(), id, watchdog);
        if (!session.await(id, answer)) {
            refuse(exchange, 400, McpException.INVALID_REQUEST, "Invalid Request: a request with id " + Json.write(id)
                    + " is still in progress", id);
            return;
        }
        session.dispatcher().onMessage(message, caller);
        answer.serve();
    }

    /**
     * A request of MCP 2026-07-28, or of a client that has not sent {@code initialize}: no session, the client as the
     * request's {@code _meta} says. Its headers must agree with its body ({@link StatelessHeaders}). It is served in a
     * session of its own that ends with its answer; when its stream closes before that (the client cancelled, or has
     * gone), whatever still runs for it is cancelled.
     */
    private void stateless(HttpExchange exchange, Map<String, Object> message, Caller caller, String accept, boolean sse)
            throws IOException, InterruptedException {
        Object id = message.get("id");
        HttpSession session = new HttpSession("stateless", caller == null ? null : caller.subject());
        session.attach(sessions.open(session, calls));
        try {
            String mismatch = StatelessHeaders.mismatch(exchange.getRequestHeaders(), message);
            if (mismatch == null) {
                mismatch = StatelessHeaders.paramMismatch(exchange.getRequestHeaders(),
                        ArgumentHeaders.expected(session.dispatcher().session(), message));
            }
            if (mismatch != null) {
                refuse(exchange, 400, McpException.HEADER_MISMATCH, mismatch, id);
                return;
            }
            ResponseStream answer = new ResponseStream(exchange, sse, prefersSse(accept), false, true, session.events(), id, watchdog);
            session.await(id, answer);
            statelessRequests.add(session);
            session.dispatcher().onStatelessRequest(message, caller);
            answer.serve();
        } finally {
            statelessRequests.remove(session);
            session.close();
            session.dispatcher().close();
        }
    }

    /**
     * The POSTed JSON-RPC message, or null when it was refused as the stdio transport refuses it, with the id where it
     * can be read: 413 over the size limit, 400 not UTF-8, not JSON (-32700), a number beyond the reader's limits
     * (-32602), not one message (-32600).
     */
    private Map<String, Object> message(HttpExchange exchange) throws IOException {
        String text = body(exchange);
        if (text == null) {
            return null;
        }
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonLimitException e) {
            refuse(exchange, 400, McpException.INVALID_PARAMS, "Invalid params: " + e.getMessage(), JsonRpc.requestIdIn(text));
            return null;
        } catch (JsonException e) {
            refuse(exchange, 400, McpException.PARSE_ERROR, "Parse error: " + e.getMessage(), JsonRpc.requestIdIn(text));
            return null;
        }
        if (!(parsed instanceof Map)) {
            refuse(exchange, 400, McpException.INVALID_REQUEST,
                    "Invalid Request: POST one JSON-RPC message (an object); batches are not supported", null);
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) parsed;
        String invalid = JsonRpc.invalid(message);
        if (invalid != null) {
            Object id = message.get("id");
            refuse(exchange, 400, McpException.INVALID_REQUEST, invalid, JsonRpc.isValidId(id) ? id : null);
            return null;
        }
        return message;
    }

    private void get(HttpExchange exchange, Caller caller) throws IOException, InterruptedException {
        String accept = header(exchange, "Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            refuse(exchange, 406, McpException.INVALID_REQUEST, "Not Acceptable: GET opens an SSE stream: accept text/event-stream", null);
            return;
        }
        HttpSession session = session(exchange, caller);
        if (session == null || !versionAccepted(exchange) || resumed(exchange, session)) {
            return;
        }
        SseStream stream = new SseStream(exchange, session.events(), HttpSession.STANDALONE, watchdog);
        if (!session.openStandalone(stream)) {
            refuse(exchange, 409, McpException.INVALID_REQUEST, "Conflict: this session has a GET stream open already", null);
            return;
        }
        stream.serve();
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
        SseStream resumed = new SseStream(exchange, session.events(), stream, watchdog);
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
        resumed.serve();
        return true;
    }

    private void delete(HttpExchange exchange, Caller caller) throws IOException {
        HttpSession session = session(exchange, caller);
        if (session == null) {
            return;
        }
        byId.remove(session.id());
        if (seal != null) {
            deleted.add(session.id());
        }
        end(session);
        exchange.sendResponseHeaders(200, -1);
    }

    /**
     * A new session for the {@code initialize} request {@code message}, {@code caller}'s alone (null without
     * authorization); null when as many are open as the server takes. With a session key its id is sealed: it holds
     * what the session is opened with, so that another instance can take it up ({@link #recovered}).
     */
    private HttpSession newSession(Caller caller, Map<String, Object> message) {
        if (byId.size() >= options.maxSessions()) {
            return null;
        }
        String owner = caller == null ? null : caller.subject();
        String id = null;
        if (seal != null) {
            Map<?, ?> params = message.get("params") instanceof Map ? (Map<?, ?>) message.get("params") : Map.of();
            Object requested = params.get("protocolVersion");
            id = seal.sealSession(Json.object("p", ProtocolVersions.negotiate(requested instanceof String ? (String) requested : null),
                    "c", params.get("capabilities"), "i", params.get("clientInfo"), "s", owner));
        }
        if (id == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        }
        HttpSession session = new HttpSession(id, owner);
        session.attach(sessions.open(session, calls));
        byId.put(session.id(), session);
        return session;
    }

    /**
     * The session a sealed id names, taken up here (another instance opened it, or this one before it restarted): the
     * {@code initialize} it was opened with is replayed, so it answers as it did there. What lived only in the other
     * instance (calls in flight, the GET stream, subscriptions, the log level) is not carried over. Null when the id is
     * not sealed by this deployment's key, names another caller, or was ended here with DELETE (a DELETE sent to one
     * instance ends the session there only).
     */
    private HttpSession recovered(String id, Caller caller) {
        Map<String, Object> state = seal == null || deleted.contains(id) ? null : seal.openSession(id);
        String subject = caller == null ? null : caller.subject();
        if (state == null || !Objects.equals(state.get("s"), subject) || byId.size() >= options.maxSessions()) {
            return null;
        }
        HttpSession session = new HttpSession(id, subject);
        session.attach(sessions.open(session, calls));
        session.dispatcher().onMessage(Json.object("jsonrpc", "2.0", "id", "mcpkit-session-resumed", "method", "initialize",
                "params", Json.object("protocolVersion", state.get("p"), "capabilities", state.get("c"), "clientInfo", state.get("i"))),
                caller);
        session.dispatcher().onMessage(Json.object("jsonrpc", "2.0", "method", "notifications/initialized"), caller);
        HttpSession raced = byId.putIfAbsent(id, session);
        return raced != null ? raced : session;
    }

    /**
     * The session the request names; null when it was refused (400 without an id, 404 for an unknown one, or for one that
     * another caller opened: a session id alone never lets anyone in).
     */
    private HttpSession session(HttpExchange exchange, Caller caller) throws IOException {
        String id = header(exchange, SESSION_HEADER);
        if (id == null && ProtocolVersions.STATELESS_SUPPORTED.contains(header(exchange, VERSION_HEADER))) {
            exchange.getResponseHeaders().set("Allow", "POST");
            refuse(exchange, 405, McpException.INVALID_REQUEST, "Method Not Allowed: MCP " + header(exchange, VERSION_HEADER)
                    + " has no sessions; POST each request", null);
            return null;
        }
        if (id == null) {
            refuse(exchange, 400, McpException.INVALID_REQUEST, "Bad Request: the " + SESSION_HEADER
                    + " header is missing (initialize returns it)", null);
            return null;
        }
        HttpSession session = byId.get(id);
        if (session == null) {
            session = recovered(id, caller);
        }
        if (session != null && !session.belongsTo(caller == null ? null : caller.subject())) {
            session = null;
        }
        if (session == null) {
            refuse(exchange, 404, -32001, "Session not found: it ended or never existed; initialize again", null);
        }
        return session;
    }

    private boolean versionAccepted(HttpExchange exchange) throws IOException {
        String version = header(exchange, VERSION_HEADER);
        if (version == null || ProtocolVersions.SUPPORTED.contains(version)) {
            return true;
        }
        refuse(exchange, 400, McpException.INVALID_REQUEST, "Bad Request: unsupported " + VERSION_HEADER + " " + version
                + " (supported: " + String.join(", ", ProtocolVersions.SUPPORTED) + ")", null);
        return false;
    }

    /**
     * Ends a session (DELETE, or idle past the limit): its waiting requests get empty answers, its streams close, and its
     * calls in flight are cancelled, since no answer can reach the client any more. A connection that merely breaks is
     * not an end: the call goes on and its stream can be resumed (MCP 2025-11-25: disconnection is not cancellation).
     */
    private void end(HttpSession session) {
        session.close();
        session.dispatcher().cancelAll();
        Thread drain = new Thread(() -> session.dispatcher().drain(), "mcp-session-end");
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * The body as UTF-8 text, or null when it was refused: 413 over the limit, 400 not UTF-8; the error carries the id
     * read from what was received, as on stdio.
     */
    private String body(HttpExchange exchange) throws IOException {
        int limit = options.maxMessageBytes();
        String length = header(exchange, "Content-Length");
        boolean announcedTooLarge = length != null && parseLength(length) > limit;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > limit || announcedTooLarge && bytes.size() >= Math.min(limit, ID_WINDOW)) {
                    // what was read is enough to find the id; the rest is left unread, so the connection cannot carry
                    // another request: the client is told so and opens a new one (else it may send on a closing one)
                    exchange.getResponseHeaders().set("Connection", "close");
                    refuse(exchange, 413, McpException.INVALID_REQUEST, "Payload Too Large: the limit is " + limit + " bytes",
                            JsonRpc.requestIdIn(leniently(bytes.toByteArray())));
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            refuse(exchange, 400, McpException.PARSE_ERROR, "Parse error: the body is not UTF-8",
                    JsonRpc.requestIdIn(leniently(bytes.toByteArray())));
            return null;
        }
    }

    /** Bytes decoded with replacement characters: enough to read an id from. */
    private static String leniently(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
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

    /** Whether the client lists {@code text/event-stream} before {@code application/json}: then every answer is a stream. */
    private static boolean prefersSse(String accept) {
        int jsonAt = accept.indexOf("application/json");
        return accept.indexOf("text/event-stream") < (jsonAt < 0 ? Integer.MAX_VALUE : jsonAt);
    }

    private static boolean accepts(String accept, String type) {
        return accept.contains(type) || accept.contains("*/*");
    }

    /** An HTTP error with a JSON-RPC error body; {@code id} is the refused request's, where it could be read. */
    /** A request without a token that lets it in: the status, the challenge that says what to do, and a JSON-RPC error. */
    private void deny(HttpExchange exchange, BearerAuth.Denied denied, Object id) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", denied.challenge);
        refuse(exchange, denied.status, McpException.INVALID_REQUEST, denied.getMessage(), id);
    }

    private void refuse(HttpExchange exchange, int status, int code, String message, Object id) throws IOException {
        byte[] body = JsonRpc.error(id, code, message, null).toString().getBytes(StandardCharsets.UTF_8);
        watchdog.write(() -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
