package dev.mcpkit.it.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.mcpkit.McpServer;
import dev.mcpkit.maven.core.mcp.StdioClient;
import dev.mcpkit.maven.core.process.Deadline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * mcp-maven-plugin's own MCP client (the one its handshake, training run and launch probe use) against the real
 * example server of it/example-server, started as {@code java -jar} the way a client configuration starts it, and
 * for the handshake also from its thin jar and mcp-runtime on the class path and, as the modules
 * {@code dev.mcpkit.example} and {@code dev.mcpkit.runtime}, on the module path.
 */
class StdioClientExampleServerTest {

    private static final Path JAR = Path.of(System.getProperty("exampleServerJar", "../example-server/target/example-server.jar"));
    private static final Path THIN_JAR = Path.of(System.getProperty("exampleServerThinJar", "../example-server/target/example-server-thin.jar"));
    private static final String MAIN = "dev.mcpkit.example.EverythingServer";
    private static final Deadline SOON = Deadline.after(Duration.ofSeconds(60));

    /** How the server's JVM is started. */
    enum Launch {
        SHADED_JAR("-jar", JAR.toString()),
        CLASS_PATH("-cp", runtimeAndThinJar(), MAIN),
        MODULE_PATH("--module-path", runtimeAndThinJar(), "--module", "dev.mcpkit.example/" + MAIN);

        private final List<String> javaArguments;

        Launch(String... javaArguments) {
            this.javaArguments = List.of(javaArguments);
        }
    }

    /** mcp-runtime as this test sees it (its jar, or its classes in the reactor) and the example server's own classes. */
    private static String runtimeAndThinJar() {
        return runtime() + File.pathSeparator + THIN_JAR;
    }

    private static Path runtime() {
        try {
            return Path.of(McpServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StdioClient start() throws Exception {
        return start(Launch.SHADED_JAR);
    }

    private static StdioClient start(Launch launch) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch.javaArguments);
        ProcessBuilder pb = new ProcessBuilder(command);
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
    static void theJarsAreBuilt() {
        assertThat(Files.isRegularFile(JAR)).as(JAR + " (mvn -pl it/example-server -am package)").isTrue();
        assertThat(Files.isRegularFile(THIN_JAR)).as(THIN_JAR + " (mvn -pl it/example-server -am package)").isTrue();
    }

    @Test
    void onTheModulePathTheRuntimeExportsOnlyItsApiAndTheExampleOpensItsPackageToIt() {
        ModuleFinder modules = ModuleFinder.of(runtime(), THIN_JAR);
        ModuleDescriptor runtime = modules.find("dev.mcpkit.runtime").orElseThrow().descriptor();
        assertThat(runtime.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.mcpkit");
        ModuleDescriptor example = modules.find("dev.mcpkit.example").orElseThrow().descriptor();
        assertThat(example.opens()).extracting(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)
                .containsExactly(tuple("dev.mcpkit.example", Set.of("dev.mcpkit.runtime")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Launch.class)
    void handshakeListsAndCallsAgainstTheExampleServer(Launch launch) throws Exception {
        try (StdioClient client = start(launch)) {
            JsonNode init = client.initialize("mcpkit-it", SOON).path("result");
            assertThat(init.path("protocolVersion").asString()).as(client.stderr()).isEqualTo(StdioClient.PROTOCOL_VERSION);
            assertThat(init.path("serverInfo").path("name").asString()).isEqualTo("everything");
            client.notify("notifications/initialized", null);

            List<String> tools = new ArrayList<>();
            for (JsonNode tool : client.request("tools/list", JsonNodeFactory.instance.objectNode(), SOON).path("result").path("tools")) {
                tools.add(tool.path("name").asString());
            }
            assertThat(tools).contains("echo", "stdout_polluter", "protocol_error", "greet_dynamic");
            JsonNode echo = client.request("tools/call", call("echo", "message", "über stdio"), SOON).path("result");
            assertThat(echo.path("content").path(0).path("text").asString()).isEqualTo("über stdio");
            // reflection into the server's module: a record result and an injected @Setting field
            JsonNode forecast = client.request("tools/call", call("forecast", "city", "Oslo"), SOON).path("result");
            assertThat(forecast.path("structuredContent").path("city").asString()).isEqualTo("Oslo");
            JsonNode secret = client.request("tools/call", call("secret_status", null, null), SOON).path("result");
            assertThat(secret.path("content").path(0).path("text").asString()).as(client.stderr())
                    .isEqualTo("EXAMPLE_API_KEY is configured (****)");
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
