package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One server process over stdio answers both protocol eras: stateless requests of MCP 2026-07-28 (the client in each
 * request's {@code _meta}; input asked with an {@code input_required} result) and a session of 2025-11-25 opened with
 * {@code initialize} (input asked with requests to the client), with the same tool code.
 */
class ProtocolErasProcessTest {

    private static final String ELICITATION = "{\"elicitation\":{}}";

    @Test
    void statelessRequestsAndAnInitializedSessionReachTheSameServer() throws Exception {
        try (Conversation c = new Conversation()) {
            Map<String, Object> discover = c.call(1, "server/discover", "{}", ELICITATION);
            assertThat(Json.write(result(discover).get("supportedVersions")))
                    .isEqualTo("[\"2026-07-28\",\"2025-11-25\",\"2025-06-18\",\"2025-03-26\",\"2024-11-05\"]");
            assertThat(result(discover)).containsEntry("resultType", "complete").containsKeys("capabilities", "ttlMs", "cacheScope");
            assertThat(Json.write(result(discover).get("_meta"))).contains("\"io.modelcontextprotocol/serverInfo\":{\"name\":");

            // the tool asks the user: the request ends with what it asks, and nothing is sent to the client on its own
            Map<String, Object> first = c.call(2, "tools/call", "{\"name\":\"ask\",\"arguments\":{}}", ELICITATION);
            assertThat(result(first)).containsEntry("resultType", "input_required");
            Map<?, ?> asked = (Map<?, ?>) ((Map<?, ?>) result(first).get("inputRequests")).get("elicitation-1");
            assertThat(asked.get("method")).isEqualTo("elicitation/create");
            assertThat(((Map<?, ?>) asked.get("params")).get("message")).isEqualTo("Name?");
            String state = (String) result(first).get("requestState");
            assertThat(state).startsWith("r1.");

            String answer = "\"inputResponses\":{\"elicitation-1\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}";
            Map<String, Object> second = c.call(3, "tools/call", "{\"name\":\"ask\",\"arguments\":{}," + answer
                    + ",\"requestState\":" + Json.write(state) + "}", ELICITATION);
            assertThat(result(second)).containsEntry("resultType", "complete").doesNotContainKey("isError");
            assertThat(Json.write(result(second).get("content"))).contains("ACCEPT Ada");

            Map<String, Object> tampered = c.call(4, "tools/call", "{\"name\":\"ask\",\"arguments\":{}," + answer
                    + ",\"requestState\":" + Json.write(state.substring(0, state.length() - 2) + "AA") + "}", ELICITATION);
            assertThat(error(tampered)).containsEntry("code", -32602L);
            assertThat((String) error(tampered).get("message")).contains("requestState integrity check failed");

            Map<String, Object> undeclared = c.call(5, "tools/call", "{\"name\":\"think\",\"arguments\":{}}", ELICITATION);
            assertThat(error(undeclared)).containsEntry("code", -32021L);
            assertThat(Json.write(error(undeclared).get("data"))).isEqualTo("{\"requiredCapabilities\":{\"sampling\":{}}}");

            // log messages only for a request that asks for them, at its level
            c.send(6, "tools/call", "{\"name\":\"log_all\",\"arguments\":{}}", "{}", "\"io.modelcontextprotocol/logLevel\":\"error\"");
            List<Map<String, Object>> logged = c.until(6);
            assertThat(logged).extracting(m -> String.valueOf(((Map<?, ?>) m.get("params")).get("level")))
                    .containsExactly("error", "critical", "alert", "emergency");
            c.send(7, "tools/call", "{\"name\":\"log_all\",\"arguments\":{}}", "{}", null);
            assertThat(c.until(7)).isEmpty();

            assertThat(error(c.call(8, "ping", "{}", "{}"))).containsEntry("code", -32601L);
            assertThat(error(c.call(9, "tools/list", "{}", "{}", "2099-01-01"))).containsEntry("code", -32022L)
                    .extractingByKey("data").asString().contains("requested=2099-01-01");

            // a listening request is acknowledged and never answered; notifications/cancelled ends it
            c.send(10, "subscriptions/listen", "{\"notifications\":{\"toolsListChanged\":true}}", "{}", null);
            Map<String, Object> ack = c.next();
            assertThat(ack.get("method")).isEqualTo("notifications/subscriptions/acknowledged");
            assertThat(Json.write(ack.get("params"))).contains("\"io.modelcontextprotocol/subscriptionId\":\"10\"")
                    .contains("\"notifications\":{\"toolsListChanged\":true}");
            c.line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":10}}");

            // the same process, a client of 2025-11-25: initialize, then the same tool asks with a request of its own
            c.line("{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{\"elicitation\":{}},\"clientInfo\":{\"name\":\"legacy\",\"version\":\"1\"}}}");
            assertThat(result(c.next())).containsEntry("protocolVersion", "2025-11-25");
            c.line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            c.line("{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":{}}}");
            Map<String, Object> request = c.next();
            assertThat(request.get("method")).isEqualTo("elicitation/create");
            c.line("{\"jsonrpc\":\"2.0\",\"id\":" + Json.write(request.get("id"))
                    + ",\"result\":{\"action\":\"accept\",\"content\":{\"name\":\"Grace\"}}}");
            Map<String, Object> legacy = c.next();
            assertThat(legacy.get("id")).isEqualTo(21L);
            assertThat(Json.write(result(legacy))).contains("ACCEPT Grace").doesNotContain("resultType");
            assertThat(c.exitsWhenInputCloses()).isZero();
            assertThat(c.leftOver()).as("every message was read; nothing came for the cancelled subscription").isEmpty();
        }
    }

    @Test
    void aListeningRequestEndsWhenInputClosesAndTheServerExits() throws Exception {
        try (Conversation c = new Conversation()) {
            c.send(1, "subscriptions/listen", "{\"notifications\":{\"promptsListChanged\":true}}", "{}", null);
            assertThat(c.next().get("method")).isEqualTo("notifications/subscriptions/acknowledged");
            assertThat(c.exitsWhenInputCloses()).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> response) {
        assertThat(response).as(Json.write(response)).containsKey("result");
        return (Map<String, Object>) response.get("result");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Map<String, Object> response) {
        assertThat(response).as(Json.write(response)).containsKey("error");
        return (Map<String, Object>) response.get("error");
    }

    /** The fixture as a process, fed line by line; what it writes on stdout, one message at a time. */
    private static final class Conversation implements AutoCloseable {
        private final Process process;
        private final OutputStream in;
        private final BlockingQueue<String> out = new LinkedBlockingQueue<>();

        Conversation() throws IOException {
            process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            in = process.getOutputStream();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    r.lines().forEach(out::add);
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void line(String json) throws IOException {
            in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Sends a stateless request: its params with the 2026-07-28 {@code _meta} ({@code extraMeta}: more of it). */
        void send(long id, String method, String params, String capabilities, String extraMeta) throws IOException {
            sendAs(id, method, params, capabilities, extraMeta, "2026-07-28");
        }

        private void sendAs(long id, String method, String params, String capabilities, String extraMeta, String version)
                throws IOException {
            String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + version + "\","
                    + "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + ","
                    + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"eras-test\",\"version\":\"1\"}"
                    + (extraMeta == null ? "" : "," + extraMeta) + "}";
            String body = params.equals("{}") ? "{" + meta + "}" : params.substring(0, params.length() - 1) + "," + meta + "}";
            line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + body + "}");
        }

        Map<String, Object> call(long id, String method, String params, String capabilities) throws Exception {
            send(id, method, params, capabilities, null);
            return answer(id);
        }

        Map<String, Object> call(long id, String method, String params, String capabilities, String version) throws Exception {
            sendAs(id, method, params, capabilities, null, version);
            return answer(id);
        }

        private Map<String, Object> answer(long id) throws Exception {
            Map<String, Object> m = next();
            assertThat(m.get("id")).as("the next message answers %s: %s", id, m).isEqualTo(id);
            return m;
        }

        /** The notifications that come before the answer to {@code id}. */
        List<Map<String, Object>> until(long id) throws Exception {
            List<Map<String, Object>> before = new java.util.ArrayList<>();
            for (Map<String, Object> m = next(); !Long.valueOf(id).equals(m.get("id")); m = next()) {
                assertThat(m).as("only notifications come before the answer").doesNotContainKey("id");
                before.add(m);
            }
            return before;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> next() throws InterruptedException {
            String line = out.poll(30, TimeUnit.SECONDS);
            assertThat(line).as("a message on stdout").isNotNull();
            Object parsed = Json.parse(line);
            assertThat(parsed).as("stdout carries JSON-RPC only: %s", line).isInstanceOf(Map.class);
            return (Map<String, Object>) parsed;
        }

        int exitsWhenInputCloses() throws Exception {
            in.close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the server exits once stdin closes").isTrue();
            return process.exitValue();
        }

        List<String> leftOver() throws InterruptedException {
            Thread.sleep(100);
            return List.copyOf(out);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
