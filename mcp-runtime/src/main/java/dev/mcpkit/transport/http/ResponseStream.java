package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * The answer to one POSTed request. When the response is the only message about the request it goes out as
 * {@code application/json}; when a notification or a request of the server's comes first (progress, a log line,
 * sampling) and the client accepts {@code text/event-stream}, the answer becomes an SSE stream that carries those
 * messages and ends with the response.
 */
final class ResponseStream {

    private final HttpExchange exchange;
    private final boolean sseAccepted;
    private final SseStream.EventIds ids;
    private final CountDownLatch done = new CountDownLatch(1);
    private SseStream sse;   // guarded by this
    private boolean finished;   // guarded by this

    ResponseStream(HttpExchange exchange, boolean sseAccepted, SseStream.EventIds ids) {
        this.exchange = exchange;
        this.sseAccepted = sseAccepted;
        this.ids = ids;
    }

    /** A message about the request before its answer; returns false when this stream cannot carry it. */
    synchronized boolean related(CharSequence message) {
        if (finished || !sseAccepted) {
            return false;
        }
        try {
            if (sse == null) {
                sse = new SseStream(exchange, ids);
                sse.start();
            }
        } catch (IOException e) {
            end();
            return false;
        }
        return sse.send(message);
    }

    /** The answer: the last message. */
    synchronized void respond(CharSequence response) {
        if (finished) {
            return;
        }
        if (sse != null) {
            sse.send(response);
            sse.close();
        } else {
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
        try {
            if (sse == null && sseAccepted) {
                sse = new SseStream(exchange, ids);
                sse.start();
            }
            if (sse != null) {
                sse.close();
            } else {
                exchange.sendResponseHeaders(202, -1);
            }
        } catch (IOException e) {
            // the client is gone
        }
        end();
    }

    private void end() {
        finished = true;
        done.countDown();
    }

    void await() throws InterruptedException {
        done.await();
    }
}
