package dev.mcpkit.transport.http;

import dev.mcpkit.protocol.Workers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that serve HTTP exchanges: virtual threads on JDK 21+, else daemon threads made as needed (an open SSE
 * stream keeps its thread, so a fixed pool would stop serving once that many streams are open).
 */
final class HttpThreads {

    private HttpThreads() {
    }

    static ExecutorService create() {
        return Workers.virtualThreads().orElseGet(() -> {
            AtomicInteger count = new AtomicInteger();
            return Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "mcp-http-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        });
    }
}
