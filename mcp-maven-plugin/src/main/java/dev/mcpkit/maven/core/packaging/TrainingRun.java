package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.mcpkit.maven.core.describe.HandshakeDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.process.StdoutLines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JDK 17/18 start-up cache: runs the packaged jar once with {@code -XX:ArchiveClassesAtExit}, drives it
 * through what a client does first (initialize, the lists, a ping, calls of read-only tools and of an unknown
 * tool: calls that cannot change anything), then closes stdin so the JVM exits and writes the archive. Only
 * a JVM of the very same build can use it; the launchers pass {@code -Xshare:auto}, so any other ignores it.
 */
public final class TrainingRun {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private TrainingRun() {
    }

    /** The feature release of a JDK, from its {@code release} file; 0 when unknown. */
    public static int release(Path java) {
        Path release = java.toAbsolutePath().getParent().getParent().resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    v = v.startsWith("1.") ? v.substring(2) : v;
                    int end = 0;
                    while (end < v.length() && Character.isDigit(v.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * Writes {@code archive}; returns what went wrong, or null. A failure leaves no archive and fails nothing; the
     * whole run, answers and exit included, is bounded by {@code timeout}.
     */
    public static String run(Path java, Path jar, Path archive, ServerDescriptor descriptor, Duration timeout) throws IOException {
        Files.deleteIfExists(archive);
        String problem = train(java, jar, archive, descriptor, timeout);
        if (problem != null) {
            // the JVM writes the archive at any exit, also after a failed run: such an archive is not kept
            Files.deleteIfExists(archive);
        }
        return problem;
    }

    private static String train(Path java, Path jar, Path archive, ServerDescriptor descriptor, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(LaunchSpecs.STDOUT_SAFE_JVM_FLAGS);
        command.add("-XX:ArchiveClassesAtExit=" + archive);
        command.add("-jar");
        command.add(jar.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // a server that stops answering must not hang the build: every answer is awaited within the one timeout
        Answers out = new Answers(new StdoutLines(process, "mcpkit-training-stdout"), System.nanoTime() + timeout.toNanos());
        try {
            OutputStream in = process.getOutputStream();
            long id = 1;
            ObjectNode init = JsonNodeFactory.instance.objectNode();
            init.put("protocolVersion", HandshakeDescriber.PROTOCOL_VERSION);
            init.putObject("capabilities");
            init.putObject("clientInfo").put("name", "mcpkit-training").put("version", "1");
            request(in, out, id++, "initialize", init);
            send(in, notification("notifications/initialized"));
            for (String method : List.of("tools/list", "resources/list", "resources/templates/list", "prompts/list", "ping")) {
                request(in, out, id++, method, JsonNodeFactory.instance.objectNode());
            }
            for (Tool tool : descriptor.tools()) {
                JsonNode ro = tool.annotations().toNode().get("readOnlyHint");
                if (ro != null && ro.asBoolean()) {
                    request(in, out, id++, "tools/call", call(tool.name()));
                }
            }
            request(in, out, id++, "tools/call", call("mcpkit-training-no-such-tool"));
            in.close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "the training run did not exit within " + timeout.toSeconds() + " s after stdin closed";
            }
            if (!Files.isRegularFile(archive)) {
                return "the training run exited with " + process.exitValue() + " and wrote no archive";
            }
            return null;
        } catch (NoAnswer e) {
            process.destroyForcibly();
            return "the server did not answer within " + timeout.toSeconds() + " s (it hangs at start-up or on a call);"
                    + " the training run was stopped (" + e.getMessage() + ")";
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            return "the training run failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "interrupted";
        }
    }

    private static ObjectNode call(String name) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("name", name);
        params.putObject("arguments");
        return params;
    }

    private static ObjectNode notification(String method) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("jsonrpc", "2.0");
        n.put("method", method);
        return n;
    }

    private static void request(OutputStream in, Answers out, long id, String method, ObjectNode params)
            throws IOException, InterruptedException {
        ObjectNode r = notification(method);
        r.put("id", id);
        r.set("params", params);
        send(in, r);
        for (String line; (line = out.lines.next(out.deadline)) != null; ) {
            JsonNode message = MAPPER.readTree(line);
            if (message.has("id") && message.get("id").asLong() == id && !message.has("method")) {
                return;
            }
        }
        if (!out.lines.ended()) {
            throw new NoAnswer("no answer to " + method);
        }
        throw new IOException("the server closed stdout before answering " + method);
    }

    /** The server's stdout and when the last answer is due. */
    private record Answers(StdoutLines lines, long deadline) {
    }

    /** The deadline passed with an answer still due. */
    private static final class NoAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        NoAnswer(String message) {
            super(message);
        }
    }

    private static void send(OutputStream in, ObjectNode message) throws IOException {
        in.write((MAPPER.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
