package dev.mcpkit.transport.http;

import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client's session over Streamable HTTP ({@code Mcp-Session-Id}): its dispatcher, the answers its POSTed requests
 * are waiting for, and its GET stream. Each message goes out on one stream only: the answer to a request and the
 * messages about it on that request's stream, the rest on the GET stream (dropped when the client has none open).
 */
final class HttpSession implements MessageSink {

    /** The GET stream's name in the event log: an object of its own, so no request id (named by it) can equal it. */
    static final Object STANDALONE = new Object() {
        @Override
        public String toString() {
            return "the GET stream";
        }
    };

    private final String id;
    private final String owner;
    private final EventLog events = new EventLog();
    private final Map<Object, ResponseStream> waiting = new ConcurrentHashMap<>();
    private volatile SseStream standalone;
    private volatile Dispatcher dispatcher;
    private volatile long lastActive = System.nanoTime();

    /** @param owner the subject of the caller who opened it, or null without authorization */
    HttpSession(String id, String owner) {
        this.id = id;
        this.owner = owner;
    }

    /** Whether a request of the caller with subject {@code subject} (null: no authorization) may use the session. */
    boolean belongsTo(String subject) {
        return Objects.equals(owner, subject);
    }

    String id() {
        return id;
    }

    void attach(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The dispatcher, for a request that arrived now. */
    Dispatcher dispatcher() {
        lastActive = System.nanoTime();
        return dispatcher;
    }

    /** Whether nothing has happened in the session for {@code nanos}: no request, no call waiting, no GET stream. */
    boolean idleFor(long nanos) {
        SseStream stream = standalone;
        return waiting.isEmpty() && (stream == null || !stream.isOpen()) && System.nanoTime() - lastActive > nanos;
    }

    /**
     * Tells the clients of the GET stream and of answers under way as streams that the server is there, and finds out
     * whether they are (a stream whose client has gone ends).
     */
    void keepAlive() {
        SseStream stream = standalone;
        if (stream != null) {
            stream.keepAlive();
        }
        waiting.values().forEach(ResponseStream::keepAlive);
    }

    EventLog events() {
        return events;
    }

    /** Whether SSE answers start with a priming event: for clients of 2025-11-25 and later, which expect one. */
    boolean primes() {
        return dispatcher.session().protocolVersion().compareTo("2025-11-25") >= 0;
    }

    /** The answer request {@code requestId} is waiting for, or null when it has been given. */
    ResponseStream waitingFor(Object requestId) {
        return waiting.get(key(requestId));
    }

    /** Registers the stream that answers request {@code requestId}; false when one is waiting for that id already. */
    boolean await(Object requestId, ResponseStream stream) {
        return waiting.putIfAbsent(key(requestId), stream) == null;
    }

    /** Opens the GET stream; false when the session has one open already. */
    synchronized boolean openStandalone(SseStream stream) {
        if (standalone != null && standalone.isOpen()) {
            return false;
        }
        standalone = stream;
        return true;
    }

    /** A resumed GET stream takes the place of the one that broke. */
    synchronized void replaceStandalone(SseStream stream) {
        if (standalone != null) {
            standalone.close();
        }
        standalone = stream;
    }

    @Override
    public void send(CharSequence message) {
        SseStream stream = standalone;
        if (stream != null) {
            stream.send(message);
        }
    }

    @Override
    public void send(CharSequence message, Object relatedRequestId) {
        ResponseStream stream = waiting.get(key(relatedRequestId));
        if (stream == null || !stream.related(message)) {
            send(message);
        }
    }

    @Override
    public void respond(CharSequence response, Object requestId) {
        ResponseStream stream = waiting.remove(key(requestId));
        if (stream != null) {
            stream.respond(response);
        } else {
            send(response);
        }
    }

    @Override
    public void unanswered(Object requestId) {
        ResponseStream stream = waiting.remove(key(requestId));
        if (stream != null) {
            stream.abandon();
        }
    }

    /** The session ends: every waiting request gets an empty answer, the GET stream closes. */
    void close() {
        waiting.values().forEach(ResponseStream::abandon);
        waiting.clear();
        SseStream stream = standalone;
        if (stream != null) {
            stream.close();
        }
    }

    /** JSON numbers arrive as Long or Double, ids as written back as Long: one key for both. */
    private static Object key(Object requestId) {
        return requestId instanceof Number ? (Object) ((Number) requestId).longValue() : requestId;
    }
}
