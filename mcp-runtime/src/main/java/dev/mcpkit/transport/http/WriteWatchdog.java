package dev.mcpkit.transport.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends writes to clients that stopped reading. The JDK's HTTP server writes with no deadline: a client that never
 * reads fills its socket's buffers and the thread writing to it waits for ever. Each write to a client goes through
 * {@link #write}; {@link #interruptStalled} (run by the transport's housekeeping) interrupts a thread whose write has
 * not finished within the limit, which closes that client's connection (the socket channel is interruptible) and
 * nothing else. An interrupt happens only while its write is registered, so it never reaches a thread that has gone on
 * to other work.
 */
final class WriteWatchdog {

    /** One piece of output to a client. */
    interface Write {
        void run() throws IOException;
    }

    private final Map<Thread, Long> writing = new ConcurrentHashMap<>();

    /** Runs {@code write}; an {@link InterruptedIOException} when it stalled past the limit and was ended. */
    void write(Write write) throws IOException {
        Thread self = Thread.currentThread();
        writing.put(self, System.nanoTime());
        boolean ended = false;
        try {
            write.run();
        } finally {
            ended = writing.remove(self) == null;   // removed by interruptStalled: the interrupt is ours
            if (ended) {
                Thread.interrupted();
            }
        }
        if (ended) {
            throw new InterruptedIOException("the client read nothing for too long");
        }
    }

    /** Interrupts every write that has been under way longer than {@code limitNanos}. */
    void interruptStalled(long limitNanos) {
        long now = System.nanoTime();
        for (Thread thread : writing.keySet()) {
            writing.computeIfPresent(thread, (t, since) -> {
                if (now - since <= limitNanos) {
                    return since;
                }
                t.interrupt();
                return null;
            });
        }
    }
}
