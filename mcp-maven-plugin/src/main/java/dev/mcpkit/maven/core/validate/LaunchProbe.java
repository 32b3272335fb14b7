package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.mcp.McpClient;
import dev.mcpkit.maven.core.mcp.StdioClient;
import dev.mcpkit.maven.core.process.Deadline;
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
     * @param stage      how far it got: "initialize", "tools/list", or "done"
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
        long start = System.nanoTime();
        Deadline deadline = Deadline.after(budget);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(environment);
        pb.directory(directory.toFile());
        try (StdioClient client = StdioClient.start(pb, StdioClient.StrayOutput.KEEP)) {
            String stage = "initialize";
            JsonNode tools = null;
            Duration grace = Duration.ofMillis(1500);
            try {
                client.initialize("mcp-validate", deadline);
                stage = "tools/list";
                client.notify("notifications/initialized", null);
                tools = client.request("tools/list", null, deadline);
                stage = "done";
            } catch (McpClient.Failure e) {
                // the outcome says how far it got; a server that let the budget pass is not waited for any longer
                grace = e.reason() == McpClient.Reason.NO_ANSWER ? Duration.ZERO : grace;
            }
            // a well-behaved server ends when stdin closes; give it a moment so late stdout lines are seen too
            client.closeStdin(grace);
            Integer exit = stage.equals("done") ? null : client.exitCode();
            boolean timedOut = !stage.equals("done") && exit == null;
            return new Outcome(stage, timedOut, exit, client.stdout(), client.stderr(), tools, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The parsed object, or null when the line is not JSON. */
    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
