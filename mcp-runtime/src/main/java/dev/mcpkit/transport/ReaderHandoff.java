package dev.mcpkit.transport;

import dev.mcpkit.protocol.CallExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs each call on the thread that read it, like a single-threaded server, and hands reading
 * over to a new thread when a call takes longer than {@link #HANDOFF_NANOS}, so a slow tool never
 * blocks {@code ping}, cancellation or other calls. Fast calls thus pay no thread switch, which is
 * what lets sequential throughput match a hand-written loop; slow calls cost one thread start.
 *
 * <p>Each reading thread holds a {@link Turn}. A watchdog thread revokes a turn that stays busy
 * too long and starts the next one; the compare-and-set on the turn's state decides who wins
 * when the call ends at the same moment, so exactly one thread ever reads.
 */
final class ReaderHandoff implements CallExecutor {

    static final long HANDOFF_NANOS = 2_000_000L;
    private static final long ACTIVE_POLL_NANOS = 4_000_000L;   // few wake-ups: they cost most when client and server share a core
    private static final long IDLE_AFTER_NANOS = 200_000_000L;

    private final Runnable readLoop;
    private final AtomicInteger threads = new AtomicInteger();
    private volatile Turn current;
    private volatile boolean closed;
    private volatile Thread watchdog;
    private volatile boolean watchdogParked;
    private volatile long lastCallStart;

    /** @param readLoop what a new reading thread runs: reads and dispatches until its turn ends */
    ReaderHandoff(Runnable readLoop) {
        this.readLoop = readLoop;
    }

    /** A reading thread's claim on the input: reading, busy in a call, or revoked. */
    static final class Turn {
        static final int READING = 0;
        static final int BUSY = 1;
        static final int REVOKED = 2;
        final AtomicInteger state = new AtomicInteger(READING);
        final Thread thread = Thread.currentThread();
        volatile long busySince;

        boolean revoked() {
            return state.get() == REVOKED;
        }
    }

    /** Starts the watchdog before the first message, so the first call does not pay for a thread start. */
    void start() {
        startWatchdog();
    }

    /** Called by a thread about to start reading. */
    Turn begin() {
        Turn t = new Turn();
        current = t;
        return t;
    }

    @Override
    public void execute(Runnable call) {
        Turn turn = current;
        if (turn == null || turn.thread != Thread.currentThread() || turn.state.get() != Turn.READING) {
            call.run();   // already busy: a call of a large message that is parsed under the hand-off

            return;
        }
        long now = System.nanoTime();
        turn.busySince = now;
        lastCallStart = now;
        turn.state.set(Turn.BUSY);
        wakeWatchdog();
        try {
            call.run();
        } finally {
            turn.state.compareAndSet(Turn.BUSY, Turn.READING);   // if revoked, the read loop sees it and stops
        }
    }

    private void wakeWatchdog() {
        Thread w = watchdog;
        if (w == null) {
            startWatchdog();
        } else if (watchdogParked) {
            watchdogParked = false;
            LockSupport.unpark(w);
        }
    }

    private synchronized void startWatchdog() {
        if (watchdog == null && !closed) {
            Thread w = new Thread(new Watchdog(), "mcp-stdio-watchdog");
            w.setDaemon(true);
            watchdog = w;
            w.start();
        }
    }

    @Override
    public void shutdown() {
        closed = true;
        Thread w = watchdog;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /** Revokes turns that stay busy too long and starts the next reader. */
    private final class Watchdog implements Runnable {
        @Override
        public void run() {
            long lastWake = System.nanoTime();
            while (!closed) {
                Turn t = current;
                long now = System.nanoTime();
                // waking far later than asked means the whole JVM stood still (a GC pause): that is no slow call
                boolean overslept = now - lastWake > ACTIVE_POLL_NANOS + HANDOFF_NANOS;
                lastWake = now;
                if (t != null && !overslept && t.state.get() == Turn.BUSY && now - t.busySince > HANDOFF_NANOS
                        && t.state.compareAndSet(Turn.BUSY, Turn.REVOKED)) {
                    Thread next = new Thread(readLoop, "mcp-stdio-reader-" + threads.incrementAndGet());
                    next.setDaemon(true);
                    next.start();
                }
                if (now - lastCallStart > IDLE_AFTER_NANOS) {
                    watchdogParked = true;
                    // re-check after announcing the park: a call that started meanwhile unparks us
                    if (current == null || current.state.get() != Turn.BUSY) {
                        LockSupport.park(this);
                    }
                    watchdogParked = false;
                    lastWake = System.nanoTime();
                } else {
                    LockSupport.parkNanos(this, ACTIVE_POLL_NANOS);
                }
            }
        }
    }
}
