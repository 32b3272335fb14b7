package dev.mcpkit.maven.core.dev;

import dev.mcpkit.maven.core.mcp.StreamableHttpClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of the server behind {@link DevProxy}: its process serving Streamable HTTP on a free loopback port, and the
 * client exchanges passed to it that are still open, so that a reload can answer them when it retires this run.
 */
final class HttpGeneration {

    private final ServerGeneration process;
    private final URI endpoint;
    private final Set<ProxiedExchange> open = new HashSet<>();   // guarded by this
    private boolean retired;   // guarded by this

    private HttpGeneration(ServerGeneration process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts run {@code number} and waits until it names its endpoint on stderr. Its other lines, on stdout or stderr,
     * go to {@code err}; the endpoint's line does not, since clients use the proxy's.
     *
     * @throws IOException it exited, or named no endpoint within {@code wait}
     */
    static HttpGeneration start(int number, ProcessBuilder command, PrintStream err, Duration wait)
            throws IOException, InterruptedException {
        CompletableFuture<URI> serving = new CompletableFuture<>();
        ServerGeneration process = ServerGeneration.start(number, command, (generation, line) -> err.println(line), line -> {
            URI endpoint = StreamableHttpClient.servingEndpoint(line);
            if (endpoint == null) {
                err.println(line);
            } else {
                serving.complete(endpoint);
            }
        });
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return new HttpGeneration(process, serving.get(100, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                    boolean exited = !process.isAlive();
                    process.stop(0);
                    throw new IOException(exited ? "it exited before it served HTTP (see above)"
                            : "it did not serve HTTP within " + wait.toSeconds() + " s");
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);   // never: nothing completes it exceptionally
            } catch (InterruptedException e) {
                process.stop(0);
                throw e;
            }
        }
    }

    int number() {
        return process.number();
    }

    /** Where the server serves MCP, {@code http://127.0.0.1:<port>/mcp}. */
    URI endpoint() {
        return endpoint;
    }

    /** Counts {@code exchange} as served here; false once this run is retired (the caller takes the next one). */
    synchronized boolean track(ProxiedExchange exchange) {
        return !retired && open.add(exchange);
    }

    synchronized void untrack(ProxiedExchange exchange) {
        open.remove(exchange);
    }

    /** No more exchanges come here; those still open are returned, for the reload to answer. */
    synchronized List<ProxiedExchange> retire() {
        retired = true;
        return new ArrayList<>(open);
    }

    /** Ends the process: SIGTERM, then by force after 5 s (an HTTP server does not end when its stdin closes). */
    void stop() {
        process.stop(0);
    }
}
