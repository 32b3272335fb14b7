package dev.mcpkit.protocol;

/** Where requests that run user code execute: worker threads, or the reading thread with hand-off (stdio). */
public interface CallExecutor {

    void execute(Runnable call);

    /** No more calls will come; release threads once running calls end. */
    void shutdown();

    /** Worker threads (virtual threads on JDK 21+). */
    static CallExecutor pool() {
        return new PoolExecutor();
    }
}
