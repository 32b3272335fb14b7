package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
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
     */
    ResponseStream(HttpExchange exchange, boolean sseAccepted, boolean ssePreferred, boolean primed, EventLog log, Object key,
            WriteWatchdog watchdog) {
        this.exchange = exchange;
        this.sseAccepted = sseAccepted;
        this.ssePreferred = sseAccepted && ssePreferred;
        this.primed = primed;
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
            watchdog.write(() -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
        } else if (done) {
            watchdog.write(() -> exchange.sendResponseHeaders(202, -1));
        }
    }
}
