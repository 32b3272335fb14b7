package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.mcpkit.maven.core.describe.HandshakeDescriber;
import dev.mcpkit.maven.core.process.StdoutLines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a server the way an MCP client does and drives {@code initialize}, {@code notifications/initialized} and
 * {@code tools/list} over stdio within one time budget, keeping every line it wrote to stdout and its stderr.
 */
public final class LaunchProbe {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /**
     * @param stage      how far it got: "started", "initialize", "tools/list", or "done"
     * @param exitCode   the exit code when it ended by itself before answering, else null
     * @param stdout     every line written to stdout
     */
    public record Outcome(String stage, boolean timedOut, Integer exitCode, List<String> stdout, String stderr,
                          JsonNode toolsResult, long millis) {

        public boolean completed() {
            return stage.equals("done");
        }
    }

    private LaunchProbe() {
    }

    public static Outcome probe(List<String> command, Map<String, String> environment, Path directory, Duration budget)
            throws IOException, InterruptedException {
        Path err = Files.createTempFile("mcp-launch", ".err");
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        Process process = null;
        List<String> lines = new ArrayList<>();
        String stage = "started";
        JsonNode tools = null;
        boolean timedOut = false;
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
            pb.environment().clear();
            pb.environment().putAll(environment);
            pb.directory(directory.toFile());
            process = pb.start();
            StdoutLines stdout = new StdoutLines(process, "mcp-validate-stdout");
            OutputStream in = process.getOutputStream();
            stage = "initialize";
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                    + HandshakeDescriber.PROTOCOL_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"mcp-validate\",\"version\":\"1\"}}}");
            JsonNode init = await(stdout, 1, deadline, lines);
            if (init != null) {
                stage = "tools/list";
                send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
                send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
                JsonNode list = await(stdout, 2, deadline, lines);
                if (list != null) {
                    tools = list;
                    stage = "done";
                }
            }
            // stdout closed before an answer usually means the process is exiting: give it a moment to be reaped
            timedOut = !stage.equals("done") && !process.waitFor(stdout.ended() ? 2000 : 0, TimeUnit.MILLISECONDS);
            in.close();
            // a well-behaved server ends when stdin closes; give it a moment so late stdout lines are seen too
            boolean exited = !timedOut && process.waitFor(1500, TimeUnit.MILLISECONDS);
            lines.addAll(stdout.rest(exited ? Duration.ofMillis(500) : Duration.ZERO));
        } catch (IOException e) {
            if (process == null) {
                throw e;
            }
            // the server closed stdin early: it exited, which the outcome reports
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        Integer exit = null;
        if (!stage.equals("done") && !timedOut && process != null && !process.isAlive()) {
            exit = process.exitValue();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        return new Outcome(stage, timedOut, exit, lines, stderr, tools, (System.nanoTime() - start) / 1_000_000);
    }

    private static JsonNode await(StdoutLines stdout, int id, long deadline, List<String> lines) throws InterruptedException {
        for (String line; (line = stdout.next(deadline)) != null; ) {
            lines.add(line);
            JsonNode node = parse(line);
            if (node != null && node.path("id").asInt(-1) == id && (node.has("result") || node.has("error"))) {
                return node;
            }
        }
        return null;
    }

    /** The parsed object, or null when the line is not JSON. */
    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void send(OutputStream in, String message) throws IOException {
        in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
