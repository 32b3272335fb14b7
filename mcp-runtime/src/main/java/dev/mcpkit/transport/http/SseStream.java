package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * One server-sent-events response: {@code 200 text/event-stream}, then one {@code message} event per JSON-RPC message,
 * each with an id unique in its session. Writes are serialized; a write that fails (the client has gone) closes the
 * stream. The thread that opened it waits in {@link #awaitClosed()} until it is closed.
 */
final class SseStream {

    private final HttpExchange exchange;
    private final EventIds ids;
    private final CountDownLatch closed = new CountDownLatch(1);
    private OutputStream out;   // guarded by this
    private boolean open = true;   // guarded by this

    SseStream(HttpExchange exchange, EventIds ids) {
        this.exchange = exchange;
        this.ids = ids;
    }

    /** Sends the headers; the stream then takes events. */
    synchronized void start() throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        out = exchange.getResponseBody();
    }

    /** Writes one message as an event; returns false when the stream is closed (or closes now, the client gone). */
    synchronized boolean send(CharSequence message) {
        if (!open) {
            return false;
        }
        try {
            out.write(("id: " + ids.next() + "\nevent: message\ndata: " + message + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            close();
            return false;
        }
    }

    /** An SSE comment, which clients ignore: finds out whether the client is still there (closes when not). */
    synchronized void keepAlive() {
        if (!open) {
            return;
        }
        try {
            out.write(": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            close();
        }
    }

    synchronized boolean isOpen() {
        return open;
    }

    /** Ends the response. */
    synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            out.close();
        } catch (IOException e) {
            // the client is gone already
        }
        closed.countDown();
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Event ids unique within a session, as resumption wants them. */
    static final class EventIds {
        private long next;

        synchronized long next() {
            return ++next;
        }
    }
}
