package dev.mcpkit.protocol;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Session ids for logs: a per-process prefix and a counter. Not secrets, and cheap: asking for the
 * process id would start the JDK's process reaper thread pool during start-up.
 */
final class SessionIds {

    private static final String PREFIX = Long.toHexString(System.currentTimeMillis() ^ System.nanoTime());
    private static final AtomicLong NEXT = new AtomicLong(1);

    private SessionIds() {
    }

    static String next() {
        return PREFIX + "-" + NEXT.getAndIncrement();
    }
}
