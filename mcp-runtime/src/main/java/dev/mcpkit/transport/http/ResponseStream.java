package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import dev.mcpkit.McpException;
import dev.mcpkit.protocol.JsonRpc;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The answer to one POSTed request. When the response is the only message about the request it goes out as
 * {@code application/json} (unless the client lists {@code text/event-stream} first); when a notification or a request
 * of the server's comes first (progress, a log line, sampling) and the client accepts {@code text/event-stream}, the
 * answer becomes an SSE stream (primed for clients of 2025-11-25 and later) that carries those messages and ends with
 * the response. Every event is logged: a client whose connection broke resumes the stream with a GET and
 * {@code Last-Event-ID} ({@link #resume}).
 * <p>
 * Whoever produces the answer only hands it over; the thread serving the POST writes it ({@link #serve()}), so a
 * client that does not read holds up no worker.
 */
final class ResponseStream {

    private final HttpExchange exchange;
    private final boolean sseAccepted;
    private final boolean ssePreferred;
    private final boolean primed;
    private final boolean stateless;
    private final EventLog log;
    private final Object key;
    private final WriteWatchdog watchdog;
    private final CountDownLatch decided = new CountDownLatch(1);   // once the answer's form is known
    private SseStream stream;   // guarded by this: the stream the answer travels on now
    private SseStream own;   // guarded by this: the stream on this POST's own response, if it became one
    private String json;   // guarded by this: the response, when it goes out as JSON
    private boolean finished;   // guarded by this

    /**
     * @param sseAccepted  whether the client takes an SSE answer
     * @param ssePreferred whether it lists {@code text/event-stream} before {@code application/json}: then even a lone
     *                     response goes out as a stream
     * @param key          the request's id, which names the stream in the log
     * @param primed       whether an SSE answer starts with a priming event
     * @param stateless    whether it answers a stateless request (MCP 2026-07-28), whose errors as JSON carry the HTTP
     *                     status MCP gives them: 404 for an unknown method, 400 for a request that is wrong as sent
     */
    ResponseStream(HttpExchange exchange, boolean sseAccepted, boolean ssePreferred, boolean primed, boolean stateless, EventLog log,
            Object key, WriteWatchdog watchdog) {
        this.exchange = exchange;
        this.sseAccepted = sseAccepted;
        this.ssePreferred = sseAccepted && ssePreferred;
        this.primed = primed;
        this.stateless = stateless;
        this.log = log;
        this.key = key;
        this.watchdog = watchdog;
    }

    /**
     * A message about the request before its answer; returns false when this answer cannot carry it (the client takes
     * JSON only). Once the answer is a stream the message is logged even when the client has gone, for a resumption.
     */
    synchronized boolean related(CharSequence message) {
        if (finished || !sseAccepted) {
            return false;
        }
        if (stream == null) {
            startSse();
        }
        stream.send(message);
        return true;
    }

    /** The answer: the last message. */
    synchronized void respond(CharSequence response) {
        if (finished) {
            return;
        }
        if (stream == null && ssePreferred) {
            startSse();
        }
        if (stream != null) {
            stream.send(response);
            stream.close();
        } else {
            json = response.toString();
        }
        finish();
    }

    /** No answer will come (the request was cancelled, or its session ended): the response ends empty. */
    synchronized void abandon() {
        if (finished) {
            return;
        }
        if (stream == null && sseAccepted) {
            startSse();
        }
        if (stream != null) {
            stream.close();
        }
        finish();
    }

    /**
     * A client resumes this answer's stream on {@code resumed} after the event {@code lastEventId}: what it missed is
     * queued there and the rest of the answer goes there too. False when the answer is complete already (the log has
     * all of it then).
     */
    synchronized boolean resume(SseStream resumed, long lastEventId) {
        if (finished) {
            return false;
        }
        for (EventLog.Event event : log.after(key, lastEventId)) {
            resumed.write(event);
        }
        if (stream != null) {
            stream.close();
        }
        stream = resumed;
        decided.countDown();
        return true;
    }

    /**
     * Tells the client that the server is there, and finds out whether it is: an answer still under way becomes a
     * stream if the client takes one, and the stream carries a comment. A client that has gone is so found within one
     * keep-alive period; for a stateless request that is its cancellation (MCP 2026-07-28: closing the stream cancels).
     */
    synchronized void keepAlive() {
        if (finished) {
            return;
        }
        if (stream == null && sseAccepted) {
            startSse();
        }
        if (own != null && stream == own) {
            own.keepAlive();
        }
    }

    private void startSse() {
        stream = new SseStream(exchange, log, key, watchdog);
        own = stream;
        if (primed) {
            stream.prime();
        }
        decided.countDown();
    }

    private void finish() {
        finished = true;
        decided.countDown();
    }

    /**
     * Run by the thread serving the POST: waits for the answer and writes it, as JSON, as this response's stream, or
     * as an empty 202; nothing when a resumption took the answer over before any of it was sent here.
     */
    void serve() throws InterruptedException, IOException {
        decided.await();
        SseStream sse;
        String body;
        boolean done;
        synchronized (this) {
            sse = own;
            body = json;
            done = finished;
        }
        if (sse != null) {
            sse.serve();
        } else if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int status = stateless ? statusOf(JsonRpc.errorCodeOf(body)) : 200;
            watchdog.write(() -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
        } else if (done) {
            watchdog.write(() -> exchange.sendResponseHeaders(202, -1));
        }
    }

    /** The HTTP status of a stateless request's JSON answer with error {@code code} (null: a result). */
    static int statusOf(Integer code) {
        if (code == null) {
            return 200;
        }
        switch (code) {
            case McpException.METHOD_NOT_FOUND:
                return 404;
            case McpException.PARSE_ERROR:
            case McpException.INVALID_REQUEST:
            case McpException.INVALID_PARAMS:
            case McpException.HEADER_MISMATCH:
            case McpException.MISSING_REQUIRED_CLIENT_CAPABILITY:
            case McpException.UNSUPPORTED_PROTOCOL_VERSION:
                return 400;
            default:
                return 200;
        }
    }
}
