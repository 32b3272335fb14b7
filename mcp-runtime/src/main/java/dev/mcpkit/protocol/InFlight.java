package dev.mcpkit.protocol;

/** A request being worked on: whether the client cancelled it and which thread to interrupt. */
final class InFlight {

    private boolean cancelled;
    private Thread thread;
    private boolean untilCancelled;

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
        notifyAll();
    }

    /** Marks a request that is never answered and runs until the client cancels it (or goes): a subscription. */
    synchronized void runUntilCancelled() {
        untilCancelled = true;
    }

    synchronized boolean runsUntilCancelled() {
        return untilCancelled;
    }

    /** Waits for the client to cancel the request. */
    synchronized void awaitCancel() throws InterruptedException {
        while (!cancelled) {
            wait();
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }
}
