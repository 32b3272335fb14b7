package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.mcp.McpClient;
import dev.mcpkit.maven.core.mcp.StdioClient;
import dev.mcpkit.maven.core.process.Deadline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JDK 17/18 start-up cache: runs the packaged jar once with {@code -XX:ArchiveClassesAtExit}, drives it
 * through what a client does first (initialize, the lists, a ping, calls of read-only tools and of an unknown
 * tool: calls that cannot change anything), then closes stdin so the JVM exits and writes the archive. Only
 * a JVM of the very same build can use it; the launchers pass {@code -Xshare:auto}, so any other ignores it.
 */
public final class TrainingRun {

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
        // a server that stops answering must not hang the build: every answer is due within the one timeout
        Deadline deadline = Deadline.after(timeout);
        try (StdioClient client = StdioClient.start(new ProcessBuilder(command), StdioClient.StrayOutput.FAIL)) {
            try {
                client.initialize("mcpkit-training", deadline);
                client.notify("notifications/initialized", null);
                for (String method : List.of("tools/list", "resources/list", "resources/templates/list", "prompts/list", "ping")) {
                    client.request(method, JsonNodeFactory.instance.objectNode(), deadline);
                }
                for (Tool tool : descriptor.tools()) {
                    JsonNode ro = tool.annotations().toNode().get("readOnlyHint");
                    if (ro != null && ro.asBoolean()) {
                        client.request("tools/call", call(tool.name()), deadline);
                    }
                }
                client.request("tools/call", call("mcpkit-training-no-such-tool"), deadline);
                if (!client.closeStdin(timeout)) {
                    return "the training run did not exit within " + timeout.toSeconds() + " s after stdin closed";
                }
                if (!Files.isRegularFile(archive)) {
                    return "the training run exited with " + client.exitCode() + " and wrote no archive" + stderrEnd(client);
                }
                return null;
            } catch (McpClient.Failure e) {
                if (e.reason() == McpClient.Reason.NO_ANSWER) {
                    return "the server did not answer within " + timeout.toSeconds() + " s (it hangs at start-up or on a call);"
                            + " the training run was stopped (" + e.getMessage() + ")";
                }
                return "the training run failed: " + e.getMessage() + stderrEnd(client);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The last line the server wrote on stderr, which usually says why it stopped. */
    private static String stderrEnd(StdioClient client) {
        String stderr = client.stderr().strip();
        return stderr.isEmpty() ? "" : "; its stderr ends: " + stderr.substring(stderr.lastIndexOf('\n') + 1);
    }

    private static ObjectNode call(String name) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("name", name);
        params.putObject("arguments");
        return params;
    }
}
