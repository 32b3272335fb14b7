package dev.mcpkit.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads that run user code: virtual threads on JDK 21+, else a pool of daemon threads. */
public final class Workers {

    private static final int POOL_SIZE = 64;

    private Workers() {
    }

    static ExecutorService create() {
        Optional<ExecutorService> virtual = virtualThreads();
        if (virtual.isPresent()) {
            return virtual.get();
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_SIZE, POOL_SIZE, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new DaemonThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A new thread for each task, a virtual one, on JDK 21+ (the runtime compiles for 17, so it looks the method up). */
    public static Optional<ExecutorService> virtualThreads() {
        if (Runtime.version().feature() < 21) {
            return Optional.empty();
        }
        try {
            return Optional.of((ExecutorService) MethodHandles.publicLookup()
                    .findStatic(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor",
                            MethodType.methodType(ExecutorService.class))
                    .invoke());
        } catch (Throwable e) {
            return Optional.empty();
        }
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
