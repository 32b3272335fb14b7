package dev.mcpkit.protocol;

import java.util.concurrent.atomic.AtomicLong;

/** Session ids for logs: process id plus a counter (no SecureRandom at start-up; these are not secrets). */
final class SessionIds {

    private static final AtomicLong NEXT = new AtomicLong(1);

    private SessionIds() {
    }

    static String next() {
        return ProcessHandle.current().pid() + "-" + NEXT.getAndIncrement();
    }
}
