package dev.mcpkit.maven.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.HandshakeDescriber;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.process.Deadline;
import dev.mcpkit.maven.fixtures.HttpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The plugin's Streamable HTTP client against a real mcpkit server process serving a free loopback port. */
class StreamableHttpClientTest {

    private static final Deadline SOON = Deadline.after(Duration.ofSeconds(60));

    private static ServerCommand fixture() {
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        return new ServerCommand(ServerCommand.currentJava(), classpath, HttpServer.class.getName(), Map.of(), null,
                Duration.ofSeconds(60));
    }

    private static StreamableHttpClient start() throws Exception {
        return StreamableHttpClient.start(new ProcessBuilder(fixture().commandLine("--transport", "http", "--port", "0")), SOON);
    }

    @Test
    void aSessionKeepsItsIdAndReadsAnAnswerThatComesAsAnEventStream() throws Exception {
        try (StreamableHttpClient client = start()) {
            assertThat(client.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+/mcp");
            JsonNode init = client.initialize("mcp-test", SOON).path("result");
            assertThat(init.path("serverInfo").path("name").asString()).isEqualTo("http");
            assertThat(init.path("protocolVersion").asString()).isEqualTo(McpClient.PROTOCOL_VERSION);
            client.notify("notifications/initialized", null);

            ObjectNode call = JsonNodeFactory.instance.objectNode().put("name", "count");
            call.putObject("arguments").put("n", 3);
            call.putObject("_meta").put("progressToken", "t");
            JsonNode answer = client.request("tools/call", call, SOON);
            assertThat(answer.path("id").asLong()).isEqualTo(2);
            assertThat(answer.path("result").path("content").path(0).path("text").asString()).isEqualTo("counted to 3");
            assertThat(client.request("ping", null, SOON).path("id").asLong()).as("the session still answers").isEqualTo(3);
        }
    }

    @Test
    void aStatelessDiscoverNeedsNoSessionAndLeavesNone() throws Exception {
        try (StreamableHttpClient client = start()) {
            JsonNode discover = client.discover("mcp-test", SOON).path("result");
            assertThat(discover.path("supportedVersions").path(0).asString()).isEqualTo(McpClient.STATELESS_VERSION);
            assertThat(discover.path("resultType").asString()).isEqualTo("complete");
            JsonNode init = client.initialize("mcp-test", SOON).path("result");
            assertThat(init.path("protocolVersion").asString()).as("a session opens after it").isEqualTo(McpClient.PROTOCOL_VERSION);
        }
    }

    @Test
    void theHandshakeDescribesTheServerItStartsAndTheOneAlreadyServing() throws Exception {
        ServerDescriptor started = new HandshakeDescriber().describeOverHttp(fixture(), null, List.of());
        assertThat(started.server().name()).isEqualTo("http");
        assertThat(started.protocolVersions()).as("server/discover, then initialize")
                .containsExactly("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");
        assertThat(started.tools()).extracting(Tool::name).containsExactly("count");

        try (StreamableHttpClient running = start()) {
            ServerDescriptor described = new HandshakeDescriber().describeOverHttp(fixture(), running.endpoint(), List.of());
            assertThat(described.tools()).extracting(Tool::name).containsExactly("count");
            JsonNode init = running.initialize("mcp-test", SOON);
            assertThat(init.has("result")).as("a server described at its URL is left running").isTrue();
        }
    }

    @Test
    void aServerThatIsNotThereOrRefusesSaysSoWithTheReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (StreamableHttpClient nobody = StreamableHttpClient.connect(URI.create("http://127.0.0.1:" + closedPort + "/mcp"))) {
            McpClient.Failure failure = catchThrowableOfType(McpClient.Failure.class, () -> nobody.initialize("mcp-test", SOON));
            assertThat(failure.reason()).isEqualTo(McpClient.Reason.UNREACHABLE);
            assertThat(failure).hasMessageContaining("cannot connect to http://127.0.0.1:" + closedPort + "/mcp");
        }
        try (StreamableHttpClient client = start()) {
            McpClient.Failure failure = catchThrowableOfType(McpClient.Failure.class, () -> client.request("tools/list", null, SOON));
            assertThat(failure.reason()).isEqualTo(McpClient.Reason.HTTP_REFUSED);
            assertThat(failure).hasMessageContaining("POST tools/list to " + client.endpoint() + " was answered 400")
                    .hasMessageContaining("Mcp-Session-Id");
        }
    }

    @Test
    void aServerThatCannotServeHttpFailsWithWhatItSaid() {
        ProcessBuilder busy = new ProcessBuilder(fixture().commandLine("--transport", "http", "--port", "99999"));
        McpClient.Failure failure = catchThrowableOfType(McpClient.Failure.class, () -> StreamableHttpClient.start(busy, SOON));
        assertThat(failure.reason()).isEqualTo(McpClient.Reason.UNREACHABLE);
        assertThat(failure).hasMessageContaining("--port must be a number from 0 to 65535");
    }
}
