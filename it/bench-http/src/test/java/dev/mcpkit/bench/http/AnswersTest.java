package dev.mcpkit.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading answers as JSON bodies and as Server-Sent Events. */
class AnswersTest {

    private static final String OK = "{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"c1-7\"}]}}";

    @Test
    void aJsonBodyWithTheEchoedTextAndTheIdIsRight() {
        assertThat(McpSession.Answers.checkEcho(OK, "application/json", 7, "c1-7")).isNull();
    }

    @Test
    void anEventStreamIsReadFromItsDataLinesAfterNotifications() {
        String sse = "event: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}\n\n"
                + "id: 3\nevent: message\ndata: " + OK + "\n\n";
        assertThat(McpSession.Answers.checkEcho(sse, "text/event-stream", 7, "c1-7")).isNull();
        assertThat(McpSession.Answers.checkEcho(sse.replace("\n", "\r\n"), "text/event-stream; charset=utf-8", 7, "c1-7"))
                .isNull();
    }

    @Test
    void aWrongIdAWrongTextAnErrorOrNoJsonIsAFailure() {
        assertThat(McpSession.Answers.checkEcho(OK, "application/json", 8, "c1-8")).startsWith("no response with id 8");
        assertThat(McpSession.Answers.checkEcho(OK, "application/json", 7, "c1-6")).startsWith("wrong content");
        assertThat(McpSession.Answers.checkEcho(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32603,\"message\":\"x\"}}", "application/json", 7, "c1-7"))
                .startsWith("no result");
        assertThat(McpSession.Answers.checkEcho("<html>", "text/html", 7, "c1-7")).startsWith("not JSON");
        assertThat(McpSession.Answers.checkEcho("event: message\n\n", "text/event-stream", 7, "c1-7"))
                .startsWith("no response");
    }

    @Test
    void optionsNeedAPortPlaceholderAndReadCounts() {
        HttpBenchOptions o = HttpBenchOptions.parse("--server", "a=java -jar 'x y.jar' --port {port}", "--clients", "1,8",
                "--calls", "1,000", "--quick", "--rounds", "3");
        assertThat(o.servers.get(0).command(4242)).containsExactly("java", "-jar", "x y.jar", "--port", "4242");
        assertThat(o.clients).containsExactly(1, 8);
        assertThat(o.calls).isEqualTo(1000);
        assertThat(o.rounds).isEqualTo(3);
        assertThat(o.spawns).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpBenchOptions.parse("--server", "a=java -jar x.jar"))
                .hasMessageContaining("{port}");
    }
}
