package dev.mcpkit.bench.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One running server on a free local port. Its stdout and stderr go to a temporary file, shown when something goes
 * wrong. {@link #pid()} is the server's own process: the started one when it is {@code java} or {@code node},
 * else its first {@code java} or {@code node} descendant (a wrapper script that does not {@code exec}).
 */
final class ServerInstance implements AutoCloseable {

    private final HttpServerSpec spec;
    private final Process process;
    private final Path log;
    private final int port;
    private final long startNanos;

    private ServerInstance(HttpServerSpec spec, Process process, Path log, int port, long startNanos) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.port = port;
        this.startNanos = startNanos;
    }

    /** Starts the server on a free port; does not wait for it (see {@link #awaitFirstAnswer}). */
    static ServerInstance start(HttpServerSpec spec) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("bench-http-" + spec.name() + "-", ".log");
        ProcessBuilder pb = new ProcessBuilder(spec.command(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process p = pb.start();
        return new ServerInstance(spec, p, log, port, start);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/mcp");
    }

    /**
     * Posts {@code initialize} every few milliseconds until one is answered right, and returns the milliseconds from
     * just before the process was started to that answer. A refused connection or a wrong answer (e.g. a 404 from a
     * server that listens before its endpoint exists) means not ready yet. Fails when the process exits or
     * {@code limit} passes, with the last wrong answer.
     */
    double awaitFirstAnswer(Duration limit, Duration requestTimeout, String bearerToken) throws InterruptedException {
        long deadline = startNanos + limit.toNanos();
        String last = "no answer";
        try (McpSession probe = new McpSession(endpoint(), requestTimeout, bearerToken)) {
            while (true) {
                try {
                    probe.initialize();
                    return (System.nanoTime() - startNanos) / 1e6;
                } catch (ConnectException | HttpConnectTimeoutException e) {
                    // not listening yet
                } catch (IOException e) {
                    // e.g. connection reset while the server binds; try again
                    last = e.toString();
                } catch (IllegalStateException e) {
                    last = e.getMessage();
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(spec.name() + " exited with " + process.exitValue()
                            + " before answering initialize; its output ends with:\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(spec.name() + " did not answer initialize right within "
                            + limit.toSeconds() + " s (last: " + last + "); its output ends with:\n" + tail());
                }
                Thread.sleep(2);
            }
        }
    }

    /** The server's own process: this one when it is java or node, else its first java or node descendant. */
    long pid() {
        if (isServerProcess(process.pid())) {
            return process.pid();
        }
        Optional<ProcessHandle> inner = process.descendants().filter(h -> isServerProcess(h.pid())).findFirst();
        return inner.map(ProcessHandle::pid).orElse(process.pid());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the server's output. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 5 s) with its descendants, and deletes its log. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temporary file
        }
    }

    private static boolean isServerProcess(long pid) {
        try {
            String comm = Files.readString(Path.of("/proc/" + pid + "/comm"), StandardCharsets.UTF_8).trim();
            return comm.equals("java") || comm.equals("node");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }
}
