package dev.mcpkit.protocol;

/** A request being worked on: whether the client cancelled it and which thread to interrupt. */
final class InFlight {

    private boolean cancelled;
    private Thread thread;

    synchronized void start(Thread t) {
        thread = t;
    }

    /** Marks the call done; afterwards cancellation interrupts nothing. */
    synchronized void finish() {
        thread = null;
    }

    synchronized void cancel() {
        cancelled = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }
}
