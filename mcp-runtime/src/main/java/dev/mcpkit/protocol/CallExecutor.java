package dev.mcpkit.protocol;

/** Where requests that run user code execute: worker threads, or the reading thread with hand-off (stdio). */
public interface CallExecutor {

    void execute(Runnable call);

    /** No more calls will come; release threads once running calls end. */
    void shutdown();

    /**
     * Runs calls on {@code workers}, which serve other sessions too: this session's end does not shut them down (their
     * owner does).
     */
    static CallExecutor shared(java.util.concurrent.Executor workers) {
        return new CallExecutor() {
            @Override
            public void execute(Runnable call) {
                workers.execute(call);
            }

            @Override
            public void shutdown() {
                // the workers belong to whoever shares them
            }
        };
    }

    /** Worker threads (virtual threads on JDK 21+). */
    static CallExecutor pool() {
        return new PoolExecutor();
    }
}
