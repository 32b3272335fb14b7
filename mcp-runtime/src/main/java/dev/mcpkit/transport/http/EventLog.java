package dev.mcpkit.transport.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The recent SSE events of one session, so a client whose stream broke can resume it with {@code Last-Event-ID}: each
 * event has an id unique in the session and belongs to one stream (a request's answer, or the GET stream). The oldest
 * go first once {@link #CAPACITY} events or {@link #CAPACITY_CHARS} characters are kept, so a session's memory stays
 * bounded whatever its calls return.
 */
final class EventLog {

    static final int CAPACITY = 1000;
    static final long CAPACITY_CHARS = 8L * 1024 * 1024;

    /** One event; a priming event has no message. */
    record Event(long id, Object stream, String message) {
    }

    private final Deque<Event> events = new ArrayDeque<>();   // guarded by this
    private long lastId;   // guarded by this
    private long chars;   // guarded by this: the characters of the messages kept

    /** Adds an event to {@code stream}; returns it, with its id. */
    synchronized Event append(Object stream, String message) {
        Event event = new Event(++lastId, stream, message);
        events.addLast(event);
        chars += length(event);
        while (events.size() > CAPACITY || chars > CAPACITY_CHARS && events.size() > 1) {
            chars -= length(events.removeFirst());
        }
        return event;
    }

    private static long length(Event event) {
        return event.message() == null ? 0 : event.message().length();
    }

    /** The stream of the event {@code id}, or null when no event with that id is kept. */
    synchronized Object streamOf(long id) {
        for (Event e : events) {
            if (e.id() == id) {
                return e.stream();
            }
        }
        return null;
    }

    /** The messages of {@code stream} after the event {@code id}, oldest first (priming events left out). */
    synchronized List<Event> after(Object stream, long id) {
        List<Event> found = new ArrayList<>();
        for (Event e : events) {
            if (e.id() > id && Objects.equals(e.stream(), stream) && e.message() != null) {
                found.add(e);
            }
        }
        return found;
    }
}
