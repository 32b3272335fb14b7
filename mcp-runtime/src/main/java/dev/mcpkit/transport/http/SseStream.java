package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * One server-sent-events response: {@code 200 text/event-stream}, then one {@code message} event per JSON-RPC message,
 * each logged with an id unique in its session ({@link EventLog}), so that a client whose connection broke can resume
 * with {@code Last-Event-ID}. Writes are serialized; a write that fails (the client has gone) closes the stream, but
 * the event is logged all the same. The thread that opened it waits in {@link #awaitClosed()} until it is closed.
 */
final class SseStream {

    /** How long a client waits before it reconnects a stream that ended early (the {@code retry} field). */
    static final long RETRY_MILLIS = 1000;

    private final HttpExchange exchange;
    private final EventLog log;
    private final Object key;
    private final CountDownLatch closed = new CountDownLatch(1);
    private OutputStream out;   // guarded by this
    private boolean open = true;   // guarded by this

    /** @param key the stream the events belong to: a request's id, or {@link HttpSession#STANDALONE} */
    SseStream(HttpExchange exchange, EventLog log, Object key) {
        this.exchange = exchange;
        this.log = log;
        this.key = key;
    }

    /** Sends the headers; the stream then takes events. */
    synchronized void start() throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        out = exchange.getResponseBody();
    }

    /**
     * The priming event (MCP 2025-11-25): an id and a {@code retry} with empty data, before anything else, so the
     * client can resume the stream from its start.
     */
    synchronized void prime() {
        write("id: " + log.append(key, null).id() + "\nretry: " + RETRY_MILLIS + "\ndata: \n\n");
    }

    /** Logs one message as an event of this stream and writes it; returns false when the stream is (now) closed. */
    synchronized boolean send(CharSequence message) {
        EventLog.Event event = log.append(key, message.toString());
        return write(event);
    }

    /** Writes an event logged earlier (a replay); returns false when the stream is (now) closed. */
    synchronized boolean write(EventLog.Event event) {
        return write("id: " + event.id() + "\nevent: message\ndata: " + event.message() + "\n\n");
    }

    private boolean write(String text) {
        if (!open) {
            return false;
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            close();
            return false;
        }
    }

    /** An SSE comment, which clients ignore: finds out whether the client is still there (closes when not). */
    synchronized void keepAlive() {
        write(": keep-alive\n\n");
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
}
