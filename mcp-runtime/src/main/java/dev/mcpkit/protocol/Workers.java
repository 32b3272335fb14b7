package dev.mcpkit.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads that run user code: virtual threads on JDK 21+, else a pool of daemon threads. */
final class Workers {

    private static final int POOL_SIZE = 64;

    private Workers() {
    }

    static ExecutorService create() {
        if (Runtime.version().feature() >= 21) {
            try {
                return (ExecutorService) MethodHandles.publicLookup()
                        .findStatic(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor",
                                MethodType.methodType(ExecutorService.class))
                        .invoke();
            } catch (Throwable e) {
                // fall back to platform threads
            }
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_SIZE, POOL_SIZE, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "mcp-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
