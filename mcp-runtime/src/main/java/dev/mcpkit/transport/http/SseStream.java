package dev.mcpkit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One server-sent-events response: {@code 200 text/event-stream}, then one {@code message} event per JSON-RPC message,
 * each logged with an id unique in its session ({@link EventLog}), so that a client whose connection broke can resume
 * with {@code Last-Event-ID}.
 * <p>
 * Senders never wait for the client: an event is logged and queued, and the thread that serves the exchange writes
 * the queue ({@link #serve()}), each write under the {@link WriteWatchdog}. A client that falls further behind than
 * {@link #MAX_BACKLOG} events, or stops reading for longer than the write limit, loses the stream (the connection is
 * closed; the events stay in the log for a resumption) and nobody else notices.
 */
final class SseStream {

    /** How long a client waits before it reconnects a stream that ended early (the {@code retry} field). */
    static final long RETRY_MILLIS = 1000;

    /** Events queued for a client that does not keep up, beyond which its stream ends: what a resumption can replay. */
    static final int MAX_BACKLOG = EventLog.CAPACITY;

    private static final String KEEP_ALIVE = ": keep-alive\n\n";

    private final HttpExchange exchange;
    private final EventLog log;
    private final Object key;
    private final WriteWatchdog watchdog;
    private final Deque<String> queue = new ArrayDeque<>();   // guarded by this
    private boolean closing;   // guarded by this: no more events; the stream ends once the queue is written
    private boolean open = true;   // guarded by this: false once the stream has ended, or was given up

    /** @param key the stream the events belong to: a request's id, or {@link HttpSession#STANDALONE} */
    SseStream(HttpExchange exchange, EventLog log, Object key, WriteWatchdog watchdog) {
        this.exchange = exchange;
        this.log = log;
        this.key = key;
        this.watchdog = watchdog;
    }

    /**
     * The priming event (MCP 2025-11-25): an id and a {@code retry} with empty data, before anything else, so the
     * client can resume the stream from its start.
     */
    synchronized void prime() {
        enqueue("id: " + log.append(key, null).id() + "\nretry: " + RETRY_MILLIS + "\ndata: \n\n");
    }

    /** Logs one message as an event of this stream and queues it; returns false when the stream has ended. */
    synchronized boolean send(CharSequence message) {
        return write(log.append(key, message.toString()));
    }

    /** Queues an event logged earlier (a replay); returns false when the stream has ended. */
    synchronized boolean write(EventLog.Event event) {
        return enqueue("id: " + event.id() + "\nevent: message\ndata: " + event.message() + "\n\n");
    }

    /** An SSE comment, which clients ignore: finds out whether the client is still there (it ends when not). */
    synchronized void keepAlive() {
        if (queue.isEmpty()) {
            enqueue(KEEP_ALIVE);
        }
    }

    private boolean enqueue(String text) {
        if (!open || closing) {
            return false;
        }
        if (queue.size() >= MAX_BACKLOG) {
            giveUp();
            return false;
        }
        queue.addLast(text);
        notifyAll();
        return true;
    }

    synchronized boolean isOpen() {
        return open;
    }

    /** No more events: the stream ends once what is queued has been written. */
    synchronized void close() {
        closing = true;
        notifyAll();
    }

    /** The client does not keep up: the stream ends now, what is queued is dropped (the log keeps it). */
    private void giveUp() {
        open = false;
        queue.clear();
        notifyAll();
    }

    /**
     * Run by the thread that serves the exchange: sends the headers, then writes the queued events until the stream
     * is closed and drained, given up, or the client has gone.
     */
    void serve() throws InterruptedException {
        OutputStream out = exchange.getResponseBody();
        try {
            watchdog.write(() -> {
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
            });
            for (String next; (next = next()) != null; ) {
                byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
                watchdog.write(() -> {
                    out.write(bytes);
                    out.flush();
                });
            }
            watchdog.write(out::close);
        } catch (IOException e) {
            // the client has gone, or stopped reading
        } finally {
            synchronized (this) {
                giveUp();
            }
        }
    }

    /** The next text to write; null once the stream is to end. */
    private synchronized String next() throws InterruptedException {
        while (open && queue.isEmpty() && !closing) {
            wait();
        }
        return open ? queue.pollFirst() : null;
    }
}
