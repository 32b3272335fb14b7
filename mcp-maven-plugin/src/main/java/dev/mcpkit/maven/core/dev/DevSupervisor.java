package dev.mcpkit.maven.core.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code mvn mcp:dev} runs: the server under development behind a connection that stays open. The client talks
 * to the supervisor over stdio as to any server; the supervisor passes every message through to the server process
 * and back. When a source changes ({@link SourceWatcher}) it builds the project again ({@link Build}); if the build
 * fails, the compiler's words go to stderr and the running server goes on serving. If it succeeds, a new server
 * process starts, the client's {@code initialize} is replayed to it, the client's messages go to it from then on, and
 * the client is told that the tools, prompts and resources may have changed ({@code notifications/.../list_changed}).
 * A request the old process had not answered gets an error saying to send it again: never silence. Stdout carries
 * protocol messages only; what the supervisor has to say goes to stderr.
 */
public final class DevSupervisor {

    /** Builds the project again: null when it compiled, else what the build said. */
    public interface Build {
        String run() throws IOException, InterruptedException;
    }

    static final String RELOADED = "mcp:dev reloaded the server while this request ran; send it again";
    static final String NOT_RUNNING = "the server is not running (it exited; see stderr); mcp:dev starts it again when a"
            + " source changes";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long REPLAY_MILLIS = 60_000;

    private final ProcessBuilder server;
    private final Build build;
    private final PrintStream err;
    private final Map<String, JsonNode> pending = new LinkedHashMap<>();   // guarded by this: the client's requests not answered yet
    private final Map<String, CompletableFuture<JsonNode>> replays = new java.util.concurrent.ConcurrentHashMap<>();
    private OutputStream client;
    private ServerGeneration current;   // guarded by this
    private JsonNode initialize;   // guarded by this: the params of the client's initialize
    private boolean initialized;   // guarded by this

    public DevSupervisor(ProcessBuilder server, Build build, PrintStream err) {
        this.server = server;
        this.build = build;
        this.err = err;
    }

    /**
     * Serves the client on {@code in}/{@code out} until it closes its side; {@code watched} are the source folders whose
     * changes reload the server. Returns the exit code of the last server process.
     */
    public int run(InputStream in, OutputStream out, List<Path> watched) throws IOException, InterruptedException {
        this.client = out;
        synchronized (this) {
            current = ServerGeneration.start(1, server, this::fromServer, err);
        }
        SourceWatcher watcher = SourceWatcher.start(watched, this::reload, err);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    fromClient(line);
                }
            }
        } finally {
            watcher.close();
        }
        ServerGeneration last;
        synchronized (this) {
            last = current;
        }
        last.stop(30_000);
        return 0;
    }

    private void fromClient(String line) {
        JsonNode message = parse(line);
        ServerGeneration to;
        synchronized (this) {
            to = current;
            if (message != null && message.has("method")) {
                String method = message.path("method").asString("");
                if (message.has("id")) {
                    if ("initialize".equals(method)) {
                        initialize = message.path("params");
                    }
                    pending.put(key(message.get("id")), message.get("id"));
                } else if ("notifications/initialized".equals(method)) {
                    initialized = true;
                }
            }
        }
        if (!to.send(line) && message != null && message.has("method") && message.has("id")) {
            answered(message.get("id"));
            toClient(error(message.get("id"), NOT_RUNNING));
        }
    }

    private void fromServer(ServerGeneration from, String line) {
        JsonNode message = parse(line);
        boolean response = message != null && message.has("id") && !message.has("method");
        if (response) {
            CompletableFuture<JsonNode> replay = replays.remove(key(message.get("id")));
            if (replay != null) {
                replay.complete(message);
                return;
            }
        }
        synchronized (this) {
            if (from != current) {
                return;   // an old process, or a new one still being started: the client hears from the current one only
            }
            if (response) {
                pending.remove(key(message.get("id")));
            }
        }
        toClient(line);
    }

    /** A source changed: build, start a new server, move the client over, tell it what may have changed. */
    private void reload() {
        long start = System.nanoTime();
        if (!built(build, err)) {
            return;
        }
        long built = System.nanoTime();
        JsonNode init;
        boolean wasInitialized;
        int number;
        synchronized (this) {
            init = initialize;
            wasInitialized = initialized;
            number = current.number() + 1;
        }
        ServerGeneration next;
        JsonNode capabilities;
        try {
            next = ServerGeneration.start(number, server, this::fromServer, err);
            capabilities = init == null ? null : replayInitialize(next, number, init, wasInitialized);
        } catch (IOException | IllegalStateException e) {
            err.println("mcp:dev: the new build did not start (" + e.getMessage() + "); the previous one keeps serving");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ServerGeneration old;
        List<JsonNode> unanswered;
        synchronized (this) {
            old = current;
            current = next;
            unanswered = new ArrayList<>(pending.values());
            pending.clear();
        }
        unanswered.forEach(id -> toClient(error(id, RELOADED)));
        if (capabilities != null) {
            listChanged(capabilities).forEach(this::toClient);
        }
        Thread stopping = new Thread(() -> old.stop(2_000), "mcp-dev-stop-" + old.number());
        stopping.setDaemon(true);
        stopping.start();
        err.printf("mcp:dev: reloaded: build %d ms, restart %d ms%n", (built - start) / 1_000_000, (System.nanoTime() - built) / 1_000_000);
    }

    /** What tells a client to list again: {@code notifications/<kind>/list_changed} for each kind the server declares. */
    static List<String> listChanged(JsonNode capabilities) {
        List<String> notifications = new ArrayList<>();
        for (String kind : new String[] {"tools", "prompts", "resources"}) {
            if (capabilities.has(kind)) {
                notifications.add("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/" + kind + "/list_changed\"}");
            }
        }
        return notifications;
    }

    /** Runs the build; when it fails, says so on {@code err} with the build's words, and returns false. */
    static boolean built(Build build, PrintStream err) {
        String failure;
        try {
            failure = build.run();
        } catch (IOException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure != null) {
            err.println("mcp:dev: the build failed; the server keeps running the previous build:\n" + failure.strip());
            return false;
        }
        return true;
    }

    /** Sends the client's initialize to the new process; its capabilities, or an exception saying why it failed. */
    private JsonNode replayInitialize(ServerGeneration next, int number, JsonNode params, boolean wasInitialized)
            throws InterruptedException {
        String id = "mcp-dev-reload-" + number;
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        replays.put(key(JSON.getNodeFactory().stringNode(id)), answer);
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", "initialize");
        request.set("params", params);
        next.send(request.toString());
        JsonNode response;
        try {
            response = answer.get(REPLAY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            next.stop(1_000);
            throw new IllegalStateException(next.isAlive() ? "no answer to initialize within " + REPLAY_MILLIS / 1000 + " s"
                    : "it exited before it answered initialize");
        }
        if (!response.has("result")) {
            next.stop(1_000);
            throw new IllegalStateException("it answered initialize with " + response.path("error"));
        }
        if (wasInitialized) {
            next.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        }
        return response.path("result").path("capabilities");
    }

    private synchronized void answered(JsonNode id) {
        pending.remove(key(id));
    }

    private void toClient(String line) {
        synchronized (client) {
            try {
                client.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                client.flush();
            } catch (IOException e) {
                // the client has gone: its stdin closes too, which ends the run
            }
        }
    }

    /** A JSON-RPC error answer (-32603) to the request {@code id}. */
    static String error(JsonNode id, String message) {
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.putObject("error").put("code", -32603).put("message", message);
        return response.toString();
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;   // the server answers it as it answers any line it cannot read
        }
    }

    /** Ids by their JSON text: {@code 1} and {@code "1"} are different ids. */
    private static String key(JsonNode id) {
        return id == null ? "null" : id.toString();
    }
}
