package dev.mcpkit.transport.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The recent SSE events of one session, so a client whose stream broke can resume it with {@code Last-Event-ID}: each
 * event has an id unique in the session and belongs to one stream (a request's answer, or the GET stream). The oldest
 * go first once {@link #CAPACITY} are kept.
 */
final class EventLog {

    static final int CAPACITY = 1000;

    /** One event; a priming event has no message. */
    record Event(long id, Object stream, String message) {
    }

    private final Deque<Event> events = new ArrayDeque<>();   // guarded by this
    private long lastId;   // guarded by this

    /** Adds an event to {@code stream}; returns it, with its id. */
    synchronized Event append(Object stream, String message) {
        Event event = new Event(++lastId, stream, message);
        events.addLast(event);
        if (events.size() > CAPACITY) {
            events.removeFirst();
        }
        return event;
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
