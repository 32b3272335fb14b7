package dev.mcpkit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventLogTest {

    @Test
    void aStreamIsReplayedFromAfterAnIdWithoutItsPrimingEventOrOtherStreams() {
        EventLog log = new EventLog();
        long priming = log.append(7L, null).id();
        log.append(7L, "a");
        log.append(HttpSession.STANDALONE, "elsewhere");
        log.append(7L, "b");
        assertThat(log.streamOf(priming)).isEqualTo(7L);
        assertThat(log.after(7L, priming)).extracting(EventLog.Event::message).containsExactly("a", "b");
        assertThat(log.streamOf(999)).isNull();
        // a request whose id is the string "GET" has a stream of its own, not the GET stream's
        log.append("GET", "a request's");
        assertThat(log.after(HttpSession.STANDALONE, 0)).extracting(EventLog.Event::message).containsExactly("elsewhere");
    }

    @Test
    void memoryIsBoundedByCountAndByCharacters() {
        EventLog log = new EventLog();
        for (int i = 0; i < EventLog.CAPACITY + 10; i++) {
            log.append(1L, "m" + i);
        }
        assertThat(log.after(1L, 0)).hasSize(EventLog.CAPACITY).first().extracting(EventLog.Event::message).isEqualTo("m10");

        String big = "x".repeat(3 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            log.append(2L, big);
        }
        long kept = log.after(2L, 0).stream().mapToLong(e -> e.message().length()).sum();
        assertThat(kept).isLessThanOrEqualTo(EventLog.CAPACITY_CHARS).isPositive();
        assertThat(log.after(1L, 0)).as("the small, older events gave way first").isEmpty();
    }
}
