package dev.mcpkit.protocol;

import java.util.concurrent.ExecutorService;

/** Runs calls on worker threads created on first use. */
final class PoolExecutor implements CallExecutor {

    private volatile ExecutorService workers;

    @Override
    public void execute(Runnable call) {
        ExecutorService w = workers;
        if (w == null) {
            synchronized (this) {
                w = workers;
                if (w == null) {
                    w = Workers.create();
                    workers = w;
                }
            }
        }
        w.execute(call);
    }

    @Override
    public void shutdown() {
        ExecutorService w = workers;
        if (w != null) {
            w.shutdown();
        }
    }
}
