package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stdio transport in a real child process: real pipes, real stdout. */
class StdioProcessTest {

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    record Run(int exit, List<String> stdout, String stderr) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String line : stdout) {
                Object parsed = Json.parse(line);
                assertThat(parsed).as("stdout line is a JSON object: %s", line).isInstanceOf(Map.class);
                Map<String, Object> m = (Map<String, Object>) parsed;
                assertThat(m.get("jsonrpc")).as("stdout line is JSON-RPC: %s", line).isEqualTo("2.0");
                out.add(m);
            }
            return out;
        }

        Map<String, Object> byId(long id) {
            return messages().stream().filter(m -> Long.valueOf(id).equals(m.get("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no response with id " + id + " in " + stdout));
        }
    }

    /** Starts the fixture, writes the input bytes, closes stdin and collects everything. */
    static Run run(byte[] input, String... args) throws IOException, InterruptedException {
        return run(input, 60, args);
    }

    /** Starts the fixture, writes the input bytes, closes stdin and collects everything, waiting at most {@code seconds}. */
    static Run run(byte[] input, int seconds, String... args) throws IOException, InterruptedException {
        return run(input, seconds, Map.of(), args);
    }

    /** The same with extra environment variables. */
    static Run run(byte[] input, int seconds, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd);
        builder.environment().putAll(env);
        Process p = builder.start();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try {
                err.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.append(e);
            }
        });
        errReader.start();
        List<String> lines = new ArrayList<>();
        Thread outReader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        outReader.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        }
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as("process exits").isTrue();
        outReader.join(10_000);
        errReader.join(10_000);
        return new Run(p.exitValue(), lines, err.toString());
    }

    static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void toolPrintingToSystemOutDoesNotCorruptTheStream() throws Exception {
        Run r = run(lines(INIT, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"shout\",\"arguments\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}"));
        assertThat(r.exit()).isZero();
        assertThat(r.messages()).hasSize(3);
        assertThat(Json.write(r.byId(1))).contains("shouted");
        assertThat(String.join("\n", r.stdout())).doesNotContain("SHOUTING");
        assertThat(r.stderr()).contains("SHOUTING ON STDOUT");
    }

    @Test
    void endOfInputWaitsForEveryRequestInFlightThenExitsZero() throws Exception {
        List<String> input = new ArrayList<>(List.of(INIT));
        for (int i = 1; i <= 8; i++) {
            input.add("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":400}}}");
        }
        Run r = run(lines(input.toArray(new String[0])));
        assertThat(r.exit()).isZero();
        for (int i = 1; i <= 8; i++) {
            assertThat(Json.write(r.byId(i))).contains("waited");
        }
    }

    @Test
    void slowToolDoesNotBlockPingOverRealStdio() throws Exception {
        Run r = run(lines(INIT,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":1500}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"fast\"}}}"));
        List<Object> order = r.messages().stream().map(m -> m.get("id")).toList();
        assertThat(order).containsExactly(0L, 2L, 3L, 1L);
    }

    @Test
    void cancelledCallOverRealStdioGetsNoResponse() throws Exception {
        Run r = run(lines(INIT,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":20000}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1,\"reason\":\"changed my mind\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"after\"}}}"));
        assertThat(r.exit()).isZero();
        assertThat(r.messages()).extracting(m -> m.get("id")).containsExactly(0L, 2L);
    }

    @Test
    void oversizedMessageIsRejectedWithoutKillingTheServer() throws Exception {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\""
                + "x".repeat(100_000) + "\"}}}";
        Run r = run(lines(INIT, huge, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"ping\"}"));
        List<Map<String, Object>> msgs = r.messages();
        assertThat(msgs).hasSize(3);
        assertThat(RawConnection.errorCode(msgs.get(1))).isEqualTo(-32600);
        assertThat(r.byId(6)).containsKey("result");
    }

    @Test
    void invalidUtf8IsAParseErrorAndCrlfLinesWork() throws Exception {
        byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\n'};
        byte[] init = (INIT + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] ping = "{\"jsonrpc\":\"2.0\",\"id\":\"π\",\"method\":\"ping\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[init.length + bad.length + ping.length];
        System.arraycopy(init, 0, all, 0, init.length);
        System.arraycopy(bad, 0, all, init.length, bad.length);
        System.arraycopy(ping, 0, all, init.length + bad.length, ping.length);
        Run r = run(all);
        List<Map<String, Object>> msgs = r.messages();
        assertThat(RawConnection.errorCode(msgs.get(1))).isEqualTo(-32700);
        assertThat(msgs.get(2).get("id")).isEqualTo("π");
    }

    @Test
    void unexpectedFailureTellsTheClientOnlyAnErrorIdAndLogsTheDetailWithSecretsMasked() throws Exception {
        String secret = "sk_live_51HxTopSecretValue0123456789";
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"fetch\",\"arguments\":{}}}\n";
        String read = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"leaky://status\"}}\n";
        Run run = run((INIT + "\n" + call + read).getBytes(StandardCharsets.UTF_8), 60, Map.of("LEAKY_API_KEY", secret), "--leaky");

        assertThat(run.exit()).as(run.stderr()).isZero();
        String toolText = String.valueOf(run.byId(1));
        assertThat(toolText).doesNotContain(secret).doesNotContain("api.example.com")
                .containsPattern("Tool 'fetch' failed unexpectedly \\(URISyntaxException, error id ([0-9a-f]{8})");
        String resourceError = String.valueOf(run.byId(2));
        assertThat(resourceError).doesNotContain(secret).contains("-32603").containsPattern("error id [0-9a-f]{8}");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("error id ([0-9a-f]{8})").matcher(toolText);
        assertThat(id.find()).isTrue();
        assertThat(run.stderr()).doesNotContain(secret).contains("tool 'fetch' failed (error id " + id.group(1) + ")")
                .contains("https://api.example.com/v1?key=****").contains("at dev.mcpkit");
    }

    @Test
    void aMessageHoldingANearlyFourMegabyteNumberIsRefusedWithoutHoldingUpTheMessagesBehindIt() throws Exception {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":"
                + "7".repeat(3_900_000) + "}}}";
        // converting such a number took about five minutes on the thread every other message waits for
        Run r = run(lines(INIT, huge, huge.replace("\"id\":1,", "\"id\":3,"), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}"), 60, Map.of(), "--default-limit");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(RawConnection.errorCode(r.byId(1))).isEqualTo(-32602);
        assertThat(String.valueOf(r.byId(1))).contains("longer than the limit of 1000");
        assertThat(RawConnection.errorCode(r.byId(3))).isEqualTo(-32602);
        assertThat(r.byId(2)).containsKey("result");
    }

    @Test
    void startupFailureGoesToStderrWithNonZeroExitAndNothingOnStdout() throws Exception {
        Run r = run(lines(INIT), "--broken");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("broken: cannot start: dev.mcpkit.StdioFixture$BrokenServer.broken: tool, resource, prompt"
                + " and completion methods must not be static\nFix the declaration in the server's source and rebuild.\n");
        Run describe = run(new byte[0], "--broken", "--describe");
        assertThat(describe.exit()).isEqualTo(1);
        assertThat(describe.stderr()).contains("cannot start: dev.mcpkit.StdioFixture$BrokenServer.broken").doesNotContain("\tat ");
    }

    @Test
    void settingsDeclaredWronglyStopTheServerAfterInitializeWithNothingElseAnswered() throws Exception {
        String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"text\":\"hi\"}}}";
        Run r = run(lines(INIT, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", call), "--broken-settings");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.messages()).as("at most the initialize answer; the call is never run")
                .allSatisfy(m -> assertThat(m.get("id")).isEqualTo(0L));
        assertThat(r.stderr()).contains("failed to start").contains("API_TOKEN is secret and must not have a default value")
                .doesNotContain("hunter2");
    }

    @Test
    void versionFlagPrintsNameAndVersion() throws Exception {
        Run r = run(new byte[0], "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).containsExactly("sample 1.2.3");
    }

    @Test
    void unknownFlagPrintsUsageOnStderrAndExitsTwo() throws Exception {
        Run r = run(new byte[0], "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("unknown option '--frobnicate'").contains("Usage:");
    }

    @Test
    void helpOffersTheHttpTransport() throws Exception {
        Run help = run(new byte[0], "--help");
        assertThat(help.exit()).isZero();
        assertThat(String.join("\n", help.stdout())).contains("--transport http").contains("--port PORT").contains("--host HOST");
    }

    /** A stdio server pays nothing for the HTTP transport: not one of its classes, nor the JDK's HTTP server, loads. */
    @Test
    void aStdioServerLoadsNoHttpClass() throws Exception {
        File classes = File.createTempFile("classes", ".log");
        try {
            Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(lines(INIT, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"message\":\"hi\"}}}"));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).contains("\"id\":1");
            String loaded = java.nio.file.Files.readString(classes.toPath());
            assertThat(loaded).contains("dev.mcpkit.transport.StdioTransport")
                    .doesNotContain("dev.mcpkit.transport.http.").doesNotContain("com.sun.net.httpserver.");
        } finally {
            classes.delete();
        }
    }

    /** {@code --transport http --port 0}: the endpoint on stderr, MCP over HTTP there, nothing on stdout. */
    @Test
    void theHttpTransportNamesItsEndpointOnStderrAndServesIt() throws Exception {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName(), "--transport", "http", "--port", "0").start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine();
            assertThat(line).matches("sample: serving MCP over Streamable HTTP at http://127\\.0\\.0\\.1:\\d+/mcp");
            java.net.URI endpoint = java.net.URI.create(line.substring(line.indexOf("http://")));
            java.net.http.HttpResponse<String> init = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(endpoint).header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(INIT)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).isEqualTo(200);
            assertThat(init.headers().firstValue("Mcp-Session-Id")).isPresent();
            assertThat(init.body()).contains("\"serverInfo\"");
            assertThat(p.getInputStream().available()).as("bytes on stdout").isZero();
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops an HTTP server").isTrue();
        }
    }
}
