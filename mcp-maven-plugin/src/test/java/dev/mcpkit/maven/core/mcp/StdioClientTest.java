package dev.mcpkit.maven.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.process.Deadline;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The plugin's MCP client against the fixture servers, each a real process spoken to over its stdin and stdout. */
class StdioClientTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
    private static final Deadline SOON = Deadline.after(Duration.ofSeconds(60));

    private static StdioClient start(String fixture, String mode, StdioClient.StrayOutput strayOutput) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ServerCommand.currentJava().toString(), "-cp", TEST_CLASSES.toString(),
                "dev.mcpkit.maven.fixtures." + fixture);
        pb.environment().put("FIXTURE_MODE", mode);
        return StdioClient.start(pb, strayOutput);
    }

    private static McpClient.Failure failure(ThrowingCallable call) {
        return catchThrowableOfType(McpClient.Failure.class, call);
    }

    @Test
    void initializeSendsTheProtocolVersionAndThePluginsRealVersionAsClientInfo() throws Exception {
        String built = System.getProperty("mcpkit.pluginVersion");
        assertThat(built).as("the build's project.version, set by surefire").isNotBlank();
        assertThat(PluginVersion.current()).isEqualTo(built);

        try (StdioClient client = start("StdioServer", "ok", StdioClient.StrayOutput.FAIL)) {
            JsonNode result = client.initialize("mcp-test", SOON).path("result");
            assertThat(result.path("clientInfo").path("name").asString()).isEqualTo("mcp-test");
            assertThat(result.path("clientInfo").path("version").asString()).isEqualTo(built);
            assertThat(result.path("serverInfo").path("name").asString()).isEqualTo("plain-server");
        }
    }

    @Test
    void aRequestSkipsNotificationsAndReturnsTheResponseWithItsId() throws Exception {
        try (StdioClient client = start("StdioServer", "ok", StdioClient.StrayOutput.FAIL)) {
            client.initialize("mcp-test", SOON);
            client.notify("notifications/initialized", null);
            JsonNode page2 = client.request("tools/list", JsonNodeFactory.instance.objectNode().put("cursor", "p2"), SOON);

            assertThat(page2.path("id").asLong()).isEqualTo(2);
            assertThat(page2.path("result").path("tools").path(0).path("name").asString()).isEqualTo("second");
            // what the client read: the log notification, the initialize answer, the tools/list answer
            assertThat(client.stdout()).hasSize(3).first().asString().contains("notifications/message");
        }
    }

    @Test
    void anErrorResponseIsReturnedForTheCallerToJudge() throws Exception {
        try (StdioClient client = start("StdioServer", "ok", StdioClient.StrayOutput.FAIL)) {
            JsonNode response = client.request("completion/complete", null, SOON);
            assertThat(response.path("error").path("code").asInt()).isEqualTo(-32601);
        }
    }

    @Test
    void aPingFromTheServerIsAnsweredWhileTheClientWaits() throws Exception {
        try (StdioClient client = start("StdioServer", "asks", StdioClient.StrayOutput.FAIL)) {
            assertThat(client.initialize("mcp-test", SOON).has("result")).isTrue();
            assertThat(client.stderr()).contains("ping answered: {\"jsonrpc\":\"2.0\",\"id\":\"s1\",\"result\":{}}");
        }
    }

    @Test
    void aSilentServerFailsAtTheDeadlineNamingTheRequestAndTheBudget() throws Exception {
        try (StdioClient client = start("HangingServer", "ok", StdioClient.StrayOutput.FAIL)) {
            long start = System.nanoTime();
            assertThat(failure(() -> client.initialize("mcp-test", Deadline.after(Duration.ofSeconds(1)))))
                    .returns(McpClient.Reason.NO_ANSWER, McpClient.Failure::reason)
                    .hasMessage("no answer to initialize within 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aServerThatExitsFailsWithItsExitCodeAndItsStderrIsKept() throws Exception {
        // DescribingServer without --describe prints why on stderr and exits 2
        try (StdioClient client = start("DescribingServer", "ok", StdioClient.StrayOutput.FAIL)) {
            assertThat(failure(() -> client.initialize("mcp-test", SOON)))
                    .returns(McpClient.Reason.STDOUT_CLOSED, McpClient.Failure::reason)
                    .hasMessage("the server closed stdout before answering initialize (exit 2)");
            assertThat(client.stderr()).contains("expected --describe");
            assertThat(client.exitCode()).isEqualTo(2);
        }
    }

    @Test
    void strayStdoutFailsOrIsKeptAsTheCallerChose() throws Exception {
        try (StdioClient strict = start("StdioServer", "noisy", StdioClient.StrayOutput.FAIL)) {
            assertThat(failure(() -> strict.initialize("mcp-test", SOON)))
                    .returns(McpClient.Reason.NOT_JSON_RPC, McpClient.Failure::reason)
                    .hasMessageStartingWith("the server wrote something that is not JSON-RPC on stdout: Server starting on stdio...");
        }
        try (StdioClient lenient = start("StdioServer", "noisy", StdioClient.StrayOutput.KEEP)) {
            assertThat(lenient.initialize("mcp-test", SOON).has("result")).isTrue();
            assertThat(lenient.stdout()).first().isEqualTo("Server starting on stdio...");
        }
    }

    @Test
    void closingStdinLetsAStdioServerExit() throws Exception {
        try (StdioClient client = start("StdioServer", "ok", StdioClient.StrayOutput.FAIL)) {
            client.initialize("mcp-test", SOON);
            assertThat(client.closeStdin(Duration.ofSeconds(30))).isTrue();
            assertThat(client.exitCode()).isZero();
        }
    }
}
