package dev.mcpkit.transport.http;

import dev.mcpkit.protocol.Workers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that serve HTTP exchanges, and those that run the calls of every session: virtual threads on JDK 21+,
 * else daemon threads made as needed and ended after a minute unused (an open SSE stream keeps its thread, and a call
 * may wait for its client, so a fixed pool would stop serving once that many are open).
 */
final class HttpThreads {

    private HttpThreads() {
    }

    static ExecutorService create(String name) {
        return Workers.virtualThreads().orElseGet(() -> {
            AtomicInteger count = new AtomicInteger();
            return Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, name + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        });
    }
}
