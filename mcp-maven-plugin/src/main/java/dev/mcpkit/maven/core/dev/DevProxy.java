package dev.mcpkit.maven.core.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mcpkit.maven.core.mcp.StreamableHttpClient;
import dev.mcpkit.maven.core.process.Deadline;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code mvn mcp:dev -Dmcp.transport=http} runs: a reverse proxy on the address clients use, in front of the
 * server under development, which serves Streamable HTTP on a free loopback port. Every request goes to the current
 * server process and its answer comes back as it comes ({@link ProxiedExchange}). When a source changes the project is
 * built again; if that fails the compiler's words go to stderr and the running process keeps serving. If it succeeds a
 * new process starts, new requests go to it once it answers, and the old one is retired: its unanswered requests get
 * the error that says to send them again, its GET streams get {@code notifications/.../list_changed} and end, so the
 * client reconnects to the new process, and then it is stopped. Every process gets the same {@code MCP_SESSION_KEY},
 * drawn once per run and never shown, so a new process takes up the sessions the old one opened: no initialize to
 * replay.
 */
public final class DevProxy implements AutoCloseable {

    /** The server's setting that seals session ids, so that any process with the same key takes a session up. */
    static final String SESSION_KEY = "MCP_SESSION_KEY";
    /** The largest request body passed on; the server's own limit (4 MiB by default) is below it. */
    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final Duration START_WAIT = Duration.ofSeconds(60);
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProcessBuilder server;
    private final DevSupervisor.Build build;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile HttpGeneration current;
    private HttpServer listener;
    private ExecutorService threads;
    private SourceWatcher watcher;
    private boolean loopbackOnly;

    /** @param server the server's command, to which the proxy adds the HTTP transport flags and the session key */
    public DevProxy(ProcessBuilder server, DevSupervisor.Build build, PrintStream err) {
        this.server = backend(server);
        this.build = build;
        this.err = err;
    }

    /** Serves on {@code host}:{@code port} until the process ends (Ctrl-C), then stops the server process. */
    public void serve(String host, int port, List<Path> watched) throws IOException, InterruptedException {
        Thread stopping = new Thread(this::close, "mcp-dev-stop");
        Runtime.getRuntime().addShutdownHook(stopping);
        try {
            start(host, port, watched);
            closed.await();
        } finally {
            close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopping);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running or has run
            }
        }
    }

    /**
     * Starts the first server process, then listens on {@code host}:{@code port} (0: a free port) and watches
     * {@code watched}; returns the endpoint clients use, which it also prints on stderr.
     */
    public URI start(String host, int port, List<Path> watched) throws IOException, InterruptedException {
        try {
            current = HttpGeneration.start(1, server, err, START_WAIT);
        } catch (IOException e) {
            throw new IOException("the server did not start: " + e.getMessage(), e);
        }
        try {
            listener = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (IOException e) {
            close();
            throw new IOException("mcp:dev cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): choose another port with -Dmcp.port", e);
        }
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "mcp-dev-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        listener.setExecutor(threads);
        listener.createContext("/", this::handle);
        listener.start();
        loopbackOnly = listener.getAddress().getAddress().isLoopbackAddress();
        watcher = SourceWatcher.start(watched, this::reload, err);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        URI endpoint = URI.create("http://" + shown + ":" + listener.getAddress().getPort() + "/mcp");
        err.println("mcp:dev: serving " + endpoint + " (reloads on save)");
        return endpoint;
    }

    /** Stops listening, watching and the server process. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed.getCount() == 0) {
                return;
            }
            closed.countDown();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (listener != null) {
            listener.stop(0);
        }
        HttpGeneration last = current;
        if (last != null) {
            last.retire();
            last.stop();
        }
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void handle(HttpExchange exchange) {
        ProxiedExchange relay = null;
        try {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            relay = new ProxiedExchange(exchange, "POST".equals(exchange.getRequestMethod()) ? requestId(body) : null,
                    "GET".equals(exchange.getRequestMethod()));
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (loopbackOnly && (host == null || !isLoopbackName(hostName(host)))) {
                // a web page must not reach the server through DNS rebinding; the server itself sees the proxy's Host
                relay.refuse(403, -32600, "Host " + host + " is not this local server (mcp:dev answers localhost, 127.0.0.1 and [::1] only)");
                return;
            }
            if (body.length > MAX_BODY) {
                relay.refuse(413, -32600, "Request body over " + MAX_BODY / (1024 * 1024) + " MiB");
                return;
            }
            HttpGeneration to = current;
            while (!to.track(relay)) {
                if (to == current) {
                    relay.refuse(503, -32603, "mcp:dev is stopping");
                    return;
                }
                to = current;
            }
            try {
                relay.forward(http, to, body);
            } finally {
                to.untrack(relay);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or sent what cannot be passed on: this exchange ends, serving goes on
        } finally {
            if (relay != null) {
                relay.close();
            } else {
                exchange.close();
            }
        }
    }

    /** A source changed: build; start a new process; once it answers, send clients to it and retire the old one. */
    private void reload() {
        long start = System.nanoTime();
        if (!DevSupervisor.built(build, err)) {
            return;
        }
        long built = System.nanoTime();
        HttpGeneration old = current;
        HttpGeneration next;
        JsonNode capabilities;
        try {
            next = HttpGeneration.start(old.number() + 1, server, err, START_WAIT);
            try {
                capabilities = capabilities(next);
            } catch (IOException e) {
                next.stop();
                throw e;
            }
        } catch (IOException e) {
            err.println("mcp:dev: the new build did not start (" + e.getMessage() + "); the previous one keeps serving");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        synchronized (this) {
            if (closed.getCount() == 0) {
                next.stop();
                return;
            }
            current = next;
        }
        answerRetired(old.retire(), DevSupervisor.listChanged(capabilities));
        Thread stopping = new Thread(old::stop, "mcp-dev-stop-" + old.number());
        stopping.setDaemon(true);
        stopping.start();
        err.printf("mcp:dev: reloaded: build %d ms, restart %d ms%n", (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
    }

    /**
     * Tells each exchange of the retired process, each on a thread of its own and for at most {@link #ANSWER_WAIT}, so
     * that a client that stops reading holds up neither the reload nor the others; the old process is stopped after.
     */
    private void answerRetired(List<ProxiedExchange> retired, List<String> notifications) {
        CountDownLatch answered = new CountDownLatch(retired.size());
        for (ProxiedExchange exchange : retired) {
            threads.execute(() -> {
                try {
                    exchange.reloaded(notifications);
                } finally {
                    answered.countDown();
                }
            });
        }
        try {
            answered.await(ANSWER_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Initializes a session of the proxy's own with the new process: it answers, and says what it offers. */
    private static JsonNode capabilities(HttpGeneration next) throws IOException, InterruptedException {
        try (StreamableHttpClient client = StreamableHttpClient.connect(next.endpoint())) {
            JsonNode answer = client.initialize("mcp-dev", Deadline.after(START_WAIT));
            if (!answer.has("result")) {
                throw new IOException("it answered initialize with " + answer.path("error"));
            }
            return answer.path("result").path("capabilities");
        }
    }

    /** The server's command with the HTTP transport on a free loopback port, and a session key drawn for this run. */
    private static ProcessBuilder backend(ProcessBuilder server) {
        List<String> command = new ArrayList<>(server.command());
        command.addAll(List.of("--transport", "http", "--host", "127.0.0.1", "--port", "0"));
        ProcessBuilder backend = new ProcessBuilder(command).directory(server.directory());
        backend.environment().clear();
        backend.environment().putAll(server.environment());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        backend.environment().put(SESSION_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        return backend;
    }

    private static JsonNode requestId(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body);
            return message != null && message.isObject() && message.has("method") && message.has("id") ? message.get("id") : null;
        } catch (JacksonException e) {
            return null;   // the server refuses it, with its own words
        }
    }

    /** The host of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}), lower case. */
    private static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean isLoopbackName(String name) {
        return name.equals("localhost") || name.equals("[::1]") || name.startsWith("127.");
    }
}
