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
 * answer becomes an SSE stream (primed for clients
 * of 2025-11-25 and later) that carries those messages and ends with the response. Every event is logged: a client
 * whose connection broke resumes the stream with a GET and {@code Last-Event-ID} ({@link #resume}).
 */
final class ResponseStream {

    private final HttpExchange exchange;
    private final boolean sseAccepted;
    private final boolean ssePreferred;
    private final boolean primed;
    private final EventLog log;
    private final Object key;
    private final CountDownLatch done = new CountDownLatch(1);
    private SseStream sse;   // guarded by this
    private boolean finished;   // guarded by this

    /**
     * @param sseAccepted  whether the client takes an SSE answer
     * @param ssePreferred whether it lists {@code text/event-stream} before {@code application/json}: then even a lone
     *                     response goes out as a stream
     * @param key          the request's id, which names the stream in the log
     * @param primed       whether an SSE answer starts with a priming event
     */
    ResponseStream(HttpExchange exchange, boolean sseAccepted, boolean ssePreferred, boolean primed, EventLog log, Object key) {
        this.exchange = exchange;
        this.sseAccepted = sseAccepted;
        this.ssePreferred = sseAccepted && ssePreferred;
        this.primed = primed;
        this.log = log;
        this.key = key;
    }

    /**
     * A message about the request before its answer; returns false when this answer cannot carry it (the client takes
     * JSON only). Once the answer is a stream the message is logged even when the client has gone, for a resumption.
     */
    synchronized boolean related(CharSequence message) {
        if (finished || !sseAccepted || sse == null && !startSse()) {
            return false;
        }
        sse.send(message);
        return true;
    }

    /** The answer: the last message. */
    synchronized void respond(CharSequence response) {
        if (finished) {
            return;
        }
        if (sse == null && ssePreferred) {
            startSse();
        }
        if (sse != null) {
            sse.send(response);
            sse.close();
        } else if (!finished) {
            byte[] body = response.toString().getBytes(StandardCharsets.UTF_8);
            try {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException e) {
                // the client is gone: nothing to answer
            }
        }
        end();
    }

    /** No answer will come (the request was cancelled, or its session ended): the response ends empty. */
    synchronized void abandon() {
        if (finished) {
            return;
        }
        if (sse == null && sseAccepted) {
            startSse();
        }
        if (sse != null) {
            sse.close();
        } else {
            try {
                exchange.sendResponseHeaders(202, -1);
            } catch (IOException e) {
                // the client is gone
            }
        }
        end();
    }

    /**
     * A client resumes this answer's stream on {@code stream} after the event {@code lastEventId}: what it missed is
     * written there and the rest of the answer goes there too. False when the answer is complete already (the log has
     * all of it then).
     */
    synchronized boolean resume(SseStream stream, long lastEventId) {
        if (finished) {
            return false;
        }
        for (EventLog.Event event : log.after(key, lastEventId)) {
            stream.write(event);
        }
        if (sse != null) {
            sse.close();
        }
        sse = stream;
        return true;
    }

    private boolean startSse() {
        try {
            sse = new SseStream(exchange, log, key);
            sse.start();
            if (primed) {
                sse.prime();
            }
            return true;
        } catch (IOException e) {
            sse = null;
            end();
            return false;
        }
    }

    private void end() {
        finished = true;
        done.countDown();
    }

    void await() throws InterruptedException {
        done.await();
    }
}
