package dev.mcpkit.maven.core.mcp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.mcpkit.maven.core.process.Deadline;
import dev.mcpkit.maven.core.process.StdoutLines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The plugin's MCP client over stdio: one server process spoken to in newline-delimited JSON-RPC; stderr goes to a
 * file, for error messages. The handshake describer, the training run and the launch probe use it.
 */
public final class StdioClient implements McpClient {

    /** What a stdout line that is not JSON-RPC does: fails the request, or is kept in {@link #stdout()} and skipped. */
    public enum StrayOutput { FAIL, KEEP }

    private final Process process;
    private final Path stderr;
    private final StdoutLines lines;
    private final OutputStream stdin;
    private final StrayOutput strayOutput;
    private final List<String> stdout = new ArrayList<>();
    private long nextId = 1;

    private StdioClient(Process process, Path stderr, StrayOutput strayOutput) {
        this.process = process;
        this.stderr = stderr;
        this.strayOutput = strayOutput;
        this.stdin = process.getOutputStream();
        this.lines = new StdoutLines(process, "mcp-stdio-client");
    }

    /** Starts {@code builder} as it is set up (command, environment, directory), its stderr into a temporary file. */
    public static StdioClient start(ProcessBuilder builder, StrayOutput strayOutput) throws IOException {
        Path err = Files.createTempFile("mcp-stdio", ".err");
        try {
            return new StdioClient(builder.redirectError(err.toFile()).start(), err, strayOutput);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(err);
            throw e;
        }
    }

    @Override
    public JsonNode initialize(String clientName, Deadline deadline) throws Failure, InterruptedException {
        return request("initialize", JsonRpcMessages.initializeParams(clientName), deadline);
    }

    @Override
    public JsonNode discover(String clientName, Deadline deadline) throws Failure, InterruptedException {
        return request("server/discover", JsonRpcMessages.discoverParams(clientName), deadline);
    }

    @Override
    public JsonNode request(String method, JsonNode params, Deadline deadline) throws Failure, InterruptedException {
        long id = nextId++;
        send(JsonRpcMessages.message(id, method, params));
        while (true) {
            JsonNode answer = next(method, deadline);
            if (answer == null) {
                continue;
            }
            if (answer.has("method")) {
                if (answer.has("id")) {
                    send(JsonRpcMessages.answerTo(answer));
                }
            } else if (answer.path("id").asLong(-1) == id && (answer.has("result") || answer.has("error"))) {
                return answer;
            }
        }
    }

    @Override
    public void notify(String method, JsonNode params) throws Failure {
        send(JsonRpcMessages.message(null, method, params));
    }

    /**
     * Closes stdin, which tells a stdio server to exit, and waits up to {@code grace} for it; true when it exited. The
     * stdout lines it still wrote are then in {@link #stdout()}.
     */
    public boolean closeStdin(Duration grace) throws InterruptedException {
        try {
            stdin.close();
        } catch (IOException e) {
            // it has gone already
        }
        boolean exited = process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        stdout.addAll(lines.rest(exited ? Duration.ofMillis(500) : Duration.ZERO));
        return exited;
    }

    /** Every line the server wrote on stdout that was read so far, protocol or not. */
    public List<String> stdout() {
        return List.copyOf(stdout);
    }

    @Override
    public String stderr() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The exit code once the process has ended, else null. */
    public Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    /** Stops the process and its children if they still run, and deletes the stderr file. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // it has gone already
        }
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(stderr);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    /** The next stdout message; null for a line skipped as stray output. */
    private JsonNode next(String method, Deadline deadline) throws Failure, InterruptedException {
        String line = lines.next(deadline.nanos());
        if (line == null && !lines.ended()) {
            throw new Failure(Reason.NO_ANSWER, "no answer to " + method + " within " + deadline.seconds() + " s");
        }
        if (line == null) {
            // stdout closed before an answer usually means the process is exiting: give it a moment to be reaped
            boolean exited = process.waitFor(2, TimeUnit.SECONDS);
            throw new Failure(Reason.STDOUT_CLOSED, "the server closed stdout before answering " + method
                    + (exited ? " (exit " + process.exitValue() + ")" : ""));
        }
        stdout.add(line);
        JsonNode node = parse(line);
        if (node != null && node.isObject()) {
            return node;
        }
        if (strayOutput == StrayOutput.FAIL) {
            throw new Failure(Reason.NOT_JSON_RPC, "the server wrote something that is not JSON-RPC on stdout: "
                    + JsonRpcMessages.abbreviate(line)
                    + "\n(stdout of a stdio server carries protocol messages only; log to stderr)");
        }
        return null;
    }

    private void send(JsonNode message) throws Failure {
        try {
            stdin.write((JsonRpcMessages.MAPPER.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new Failure(Reason.STDIN_CLOSED, "cannot write to the server's stdin: " + e.getMessage());
        }
    }

    /** The parsed line, or null when it is not JSON. */
    private static JsonNode parse(String line) {
        try {
            return JsonRpcMessages.MAPPER.readTree(line);
        } catch (JacksonException e) {
            return null;
        }
    }
}
