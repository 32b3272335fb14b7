package dev.mcpkit.it.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.mcp.StdioClient;
import dev.mcpkit.maven.core.process.Deadline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * mcp-maven-plugin's own MCP client (the one its handshake, training run and launch probe use) against the real
 * example server of it/example-server, started as {@code java -jar} the way a client configuration starts it.
 */
class StdioClientExampleServerTest {

    private static final Path JAR = Path.of(System.getProperty("exampleServerJar", "../example-server/target/example-server.jar"));
    private static final Deadline SOON = Deadline.after(Duration.ofSeconds(60));

    private static StdioClient start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString());
        pb.environment().put("EXAMPLE_API_KEY", "test-key");
        pb.environment().put("MCP_AUDIT_LOG", "off");
        // stray stdout fails the request: the example server must keep its stdout for the protocol
        return StdioClient.start(pb, StdioClient.StrayOutput.FAIL);
    }

    private static ObjectNode call(String tool, String argument, String value) {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("name", tool);
        ObjectNode arguments = params.putObject("arguments");
        if (argument != null) {
            arguments.put(argument, value);
        }
        return params;
    }

    @BeforeAll
    static void theJarIsBuilt() {
        assertThat(Files.isRegularFile(JAR)).as(JAR + " (mvn -pl it/example-server -am package)").isTrue();
    }

    @Test
    void handshakeListsAndCallsAgainstTheExampleServer() throws Exception {
        try (StdioClient client = start()) {
            JsonNode init = client.initialize("mcpkit-it", SOON).path("result");
            assertThat(init.path("protocolVersion").asString()).isEqualTo(StdioClient.PROTOCOL_VERSION);
            assertThat(init.path("serverInfo").path("name").asString()).isEqualTo("everything");
            client.notify("notifications/initialized", null);

            List<String> tools = new ArrayList<>();
            for (JsonNode tool : client.request("tools/list", JsonNodeFactory.instance.objectNode(), SOON).path("result").path("tools")) {
                tools.add(tool.path("name").asString());
            }
            assertThat(tools).contains("echo", "stdout_polluter", "protocol_error");
            JsonNode echo = client.request("tools/call", call("echo", "message", "über stdio"), SOON).path("result");
            assertThat(echo.path("content").path(0).path("text").asString()).isEqualTo("über stdio");
            assertThat(client.request("ping", null, SOON).path("result").isObject()).isTrue();
        }
    }

    @Test
    void notificationsAreSkippedAndErrorsComeBackAsResponses() throws Exception {
        try (StdioClient client = start()) {
            client.initialize("mcpkit-it", SOON);
            client.notify("notifications/initialized", null);
            // System.out inside a tool never reaches the protocol stream, or this request would fail
            JsonNode polluter = client.request("tools/call", call("stdout_polluter", null, null), SOON);
            assertThat(polluter.path("result").path("content").path(0).path("text").asString()).isEqualTo("ok");
            client.request("logging/setLevel", JsonNodeFactory.instance.objectNode().put("level", "info"), SOON);
            JsonNode logged = client.request("tools/call", call("log", "message", "noted"), SOON);
            assertThat(logged.has("result")).isTrue();
            assertThat(client.stdout()).anyMatch(line -> line.contains("notifications/message") && line.contains("noted"));
            JsonNode error = client.request("tools/call", call("protocol_error", null, null), SOON);
            assertThat(error.path("error").path("code").asInt()).isEqualTo(-32001);
        }
    }

    @Test
    void stderrIsKeptAndClosingStdinEndsTheServer() throws Exception {
        try (StdioClient client = start()) {
            client.initialize("mcpkit-it", SOON);
            client.notify("notifications/initialized", null);
            JsonNode crash = client.request("tools/call", call("crash", null, null), SOON).path("result");
            assertThat(crash.path("isError").asBoolean()).isTrue();
            assertThat(client.closeStdin(Duration.ofSeconds(30))).isTrue();
            assertThat(client.exitCode()).isZero();
            assertThat(client.stderr()).contains("IllegalStateException: boom");
        }
    }
}
