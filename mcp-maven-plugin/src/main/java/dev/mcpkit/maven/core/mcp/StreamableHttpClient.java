package dev.mcpkit.maven.core.mcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.process.Deadline;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The plugin's MCP client over Streamable HTTP, through the JDK's HTTP client: each message is a POST to the endpoint,
 * answered as JSON or as a server-sent-events stream (whose requests from the server are answered by POST too). It
 * keeps the {@code Mcp-Session-Id} the server gives and sends the negotiated {@code MCP-Protocol-Version}; closing
 * ends the session with DELETE, and stops the server when this client started it.
 */
public final class StreamableHttpClient implements McpClient {

    /** The line an mcpkit server prints on stderr once it serves HTTP; the URL is its endpoint. */
    private static final Pattern SERVING = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Process process;
    private final Path stderr;
    private volatile String sessionId;
    private volatile String protocolVersion;
    private long nextId = 1;

    private StreamableHttpClient(URI endpoint, Process process, Path stderr) {
        this.endpoint = endpoint;
        this.process = process;
        this.stderr = stderr;
    }

    /** A client of the server already serving at {@code endpoint}. */
    public static StreamableHttpClient connect(URI endpoint) {
        return new StreamableHttpClient(endpoint, null, null);
    }

    /**
     * Starts {@code builder}, a server told to serve HTTP on a free port ({@code --transport http --port 0}), and waits
     * until its stderr names the endpoint.
     */
    public static StreamableHttpClient start(ProcessBuilder builder, Deadline deadline) throws IOException, InterruptedException {
        Path err = Files.createTempFile("mcp-http", ".err");
        Process process;
        try {
            process = builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(err);
            throw e;
        }
        try {
            while (System.nanoTime() - deadline.nanos() < 0 && process.isAlive()) {
                Matcher serving = SERVING.matcher(Files.readString(err, StandardCharsets.UTF_8));
                if (serving.find()) {
                    return new StreamableHttpClient(URI.create(serving.group(1)), process, err);
                }
                Thread.sleep(20);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            Files.deleteIfExists(err);
            throw e;
        }
        String said = Files.readString(err, StandardCharsets.UTF_8).strip();
        Integer exit = process.isAlive() ? null : process.exitValue();
        process.destroyForcibly();
        Files.deleteIfExists(err);
        String what = exit != null ? "the server exited (" + exit + ") before serving HTTP"
                : "the server did not name its HTTP endpoint on stderr within " + deadline.seconds() + " s";
        throw new Failure(exit != null ? Reason.UNREACHABLE : Reason.NO_ANSWER, what + (said.isEmpty() ? "" : ":\n" + said));
    }

    /** The endpoint an mcpkit server names in a line of its stderr once it serves HTTP; null when the line is another. */
    public static URI servingEndpoint(String stderrLine) {
        Matcher serving = SERVING.matcher(stderrLine);
        return serving.find() ? URI.create(serving.group(1)) : null;
    }

    /** The endpoint this client talks to. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public JsonNode initialize(String clientName, Deadline deadline) throws Failure, InterruptedException {
        JsonNode answer = request("initialize", JsonRpcMessages.initializeParams(clientName), deadline);
        protocolVersion = answer.path("result").path("protocolVersion").asString(null);
        return answer;
    }

    /** A stateless request: no session, and the headers MCP 2026-07-28 asks for; a server of the session era answers 400. */
    @Override
    public JsonNode discover(String clientName, Deadline deadline) throws Failure, InterruptedException {
        return exchange("server/discover", JsonRpcMessages.discoverParams(clientName), deadline,
                Map.of("MCP-Protocol-Version", STATELESS_VERSION, "Mcp-Method", "server/discover"));
    }

    @Override
    public JsonNode request(String method, JsonNode params, Deadline deadline) throws Failure, InterruptedException {
        return exchange(method, params, deadline, Map.of());
    }

    private JsonNode exchange(String method, JsonNode params, Deadline deadline, Map<String, String> stateless)
            throws Failure, InterruptedException {
        long id = nextId++;
        HttpResponse<InputStream> response = post(JsonRpcMessages.message(id, method, params), method, deadline, stateless);
        if ("initialize".equals(method)) {
            sessionId = response.headers().firstValue("Mcp-Session-Id").orElse(null);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        CompletableFuture<JsonNode> answer = CompletableFuture.supplyAsync(() -> {
            try (InputStream body = response.body()) {
                return type.startsWith("text/event-stream") ? fromEvents(body, id) : JsonRpcMessages.MAPPER.readTree(body);
            } catch (IOException | JacksonException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        try {
            JsonNode message = answer.get(Math.max(0, deadline.nanos() - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null || message.path("id").asLong(-1) != id) {
                throw new Failure(Reason.NO_ANSWER, "the answer to " + method + " did not come: the stream ended without it");
            }
            return message;
        } catch (TimeoutException e) {
            answer.cancel(true);
            closeQuietly(response.body());
            throw new Failure(Reason.NO_ANSWER, "no answer to " + method + " within " + deadline.seconds() + " s");
        } catch (ExecutionException e) {
            throw new Failure(Reason.NOT_JSON_RPC, "the answer to " + method + " could not be read: " + e.getCause().getMessage());
        }
    }

    @Override
    public void notify(String method, JsonNode params) throws Failure {
        try {
            HttpResponse<InputStream> response = post(JsonRpcMessages.message(null, method, params), method,
                    Deadline.after(Duration.ofSeconds(30)), Map.of());
            closeQuietly(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Reason.NO_ANSWER, "interrupted while sending " + method);
        }
    }

    @Override
    public String stderr() {
        try {
            return stderr == null ? "" : Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Ends the session with DELETE; stops the server this client started (SIGTERM, then by force) and deletes its stderr file. */
    @Override
    public void close() {
        if (sessionId != null) {
            try {
                http.send(builder(Deadline.after(Duration.ofSeconds(5))).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // the server has gone: nothing to end
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(stderr);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    /**
     * POSTs one message, a stateless one with {@code stateless} as its headers (and without the session's); a status
     * other than 200 or 202 is a failure naming the status and the server's words.
     */
    private HttpResponse<InputStream> post(JsonNode message, String method, Deadline deadline, Map<String, String> stateless)
            throws Failure, InterruptedException {
        HttpResponse<InputStream> response;
        HttpRequest.Builder request = stateless.isEmpty() ? builder(deadline) : sessionless(deadline);
        stateless.forEach(request::header);
        try {
            response = http.send(request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonRpcMessages.MAPPER.writeValueAsString(message))).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Failure(Reason.NO_ANSWER, "no answer to " + method + " within " + deadline.seconds() + " s");
        } catch (ConnectException e) {
            throw new Failure(Reason.UNREACHABLE, "cannot connect to " + endpoint + " (is the server running there?)");
        } catch (IOException e) {
            throw new Failure(Reason.UNREACHABLE, "POST " + method + " to " + endpoint + " failed: " + e);
        }
        int status = response.statusCode();
        if (status != 200 && status != 202) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                body = "";
            }
            throw new Failure(Reason.HTTP_REFUSED, "POST " + method + " to " + endpoint + " was answered " + status
                    + (body.isEmpty() ? "" : ": " + JsonRpcMessages.abbreviate(body)));
        }
        return response;
    }

    /** A request of the session: its id and negotiated version, once it has them. */
    private HttpRequest.Builder builder(Deadline deadline) {
        HttpRequest.Builder b = sessionless(deadline);
        if (sessionId != null) {
            b.header("Mcp-Session-Id", sessionId);
        }
        if (protocolVersion != null) {
            b.header("MCP-Protocol-Version", protocolVersion);
        }
        return b;
    }

    private HttpRequest.Builder sessionless(Deadline deadline) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofNanos(Math.max(1, deadline.nanos() - System.nanoTime())))
                .header("Accept", "application/json, text/event-stream");
    }

    /**
     * Reads a server-sent-events stream until the response with {@code id}; the server's own requests on it are answered
     * (by POST), its notifications skipped. Null when the stream ends first.
     */
    private JsonNode fromEvents(InputStream body, long id) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        StringBuilder data = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("data:")) {
                data.append(data.length() > 0 ? "\n" : "").append(line.substring(line.startsWith("data: ") ? 6 : 5));
            } else if (line.isEmpty() && data.length() > 0) {
                JsonNode message = JsonRpcMessages.MAPPER.readTree(data.toString());
                data.setLength(0);
                if (message.has("method") && message.has("id")) {
                    answerServer(message);
                } else if (!message.has("method") && message.path("id").asLong(-1) == id) {
                    return message;
                }
            }
        }
        return null;
    }

    private void answerServer(JsonNode request) throws IOException {
        try {
            closeQuietly(post(JsonRpcMessages.answerTo(request), "the answer to " + request.path("method").asString(""),
                    Deadline.after(Duration.ofSeconds(30)), Map.of()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing more to read
        }
    }
}
