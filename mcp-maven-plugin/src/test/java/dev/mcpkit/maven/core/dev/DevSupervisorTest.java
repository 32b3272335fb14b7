package dev.mcpkit.maven.core.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervisor of mcp:dev with real server processes: a client's connection survives a reload, a request the old
 * process had not answered gets an error, the client hears list_changed, and a failed build leaves the old process
 * serving. The build is a stand-in that writes the next version where the server reads it.
 */
class DevSupervisorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void aReloadKeepsTheConnectionTellsTheClientAndNeverLeavesARequestUnanswered() throws Exception {
        NumberedBuild build = new NumberedBuild(tmp);
        Path sources = Files.createDirectories(tmp.resolve("src/main/java"));
        ProcessBuilder server = build.server();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        PipedOutputStream toSupervisor = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(toSupervisor, 1 << 16);
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        OutputStream clientOut = new LineSink(received);
        Thread running = new Thread(() -> {
            try {
                new DevSupervisor(server, build, err).run(clientIn, clientOut, List.of(sources));
            } catch (IOException | InterruptedException e) {
                err.println("run failed: " + e);
            }
        });
        running.start();

        send(toSupervisor, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"dev-test\",\"version\":\"1\"}}}");
        assertThat(next(received).path("result").path("serverInfo").path("name").isString()).isTrue();
        send(toSupervisor, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertThat(description(toSupervisor, received, 2)).isEqualTo("Build 1");

        send(toSupervisor, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"hold\",\"arguments\":{}}}");
        Thread.sleep(500);   // the call is under way in the first process
        Files.writeString(sources.resolve("Tools.java"), "class Tools {}");   // a save
        List<JsonNode> messages = List.of(next(received), next(received));
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.path("id").asInt()).isEqualTo(3);
            assertThat(m.path("error").path("message").asString()).isEqualTo(DevSupervisor.RELOADED);
        });
        assertThat(messages).anySatisfy(m -> assertThat(m.path("method").asString()).isEqualTo("notifications/tools/list_changed"));
        assertThat(description(toSupervisor, received, 4)).as("the same connection, the new build").isEqualTo("Build 2");

        build.failWith("[ERROR] Tools.java:[1,14] ';' expected");
        Files.writeString(sources.resolve("Tools.java"), "class Tools { int x }");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!errBytes.toString(StandardCharsets.UTF_8).contains("the build failed") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("the build failed; the server keeps running the previous build")
                .contains("';' expected");
        assertThat(description(toSupervisor, received, 5)).as("still the previous build").isEqualTo("Build 2");
        assertThat(received).as("nothing else reached the client").isEmpty();

        toSupervisor.close();
        running.join(30_000);
        assertThat(running.isAlive()).as("the supervisor ends with its client").isFalse();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("mcp:dev: reloaded: build ");
    }

    private static String description(PipedOutputStream to, BlockingQueue<JsonNode> received, int id) throws Exception {
        send(to, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}");
        JsonNode answer = next(received);
        assertThat(answer.path("id").asInt()).as(answer.toString()).isEqualTo(id);
        for (JsonNode tool : answer.path("result").path("tools")) {
            if (tool.path("name").asString().equals("version")) {
                return tool.path("description").asString();
            }
        }
        throw new AssertionError("no tool version in " + answer);
    }

    private static void send(PipedOutputStream to, String line) throws IOException {
        to.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        to.flush();
    }

    private static JsonNode next(BlockingQueue<JsonNode> received) throws InterruptedException {
        JsonNode message = received.poll(60, TimeUnit.SECONDS);
        assertThat(message).as("a message for the client").isNotNull();
        return message;
    }

    /** What the supervisor writes to its client, one JSON message a line; anything else fails the test. */
    private static final class LineSink extends OutputStream {
        private final BlockingQueue<JsonNode> received;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSink(BlockingQueue<JsonNode> received) {
            this.received = received;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                received.add(JSON.readTree(line.toString(StandardCharsets.UTF_8)));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
