package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The in-process test client users test their servers with. */
class McpTestClientTest {

    @Test
    void connectInitializesAndExposesTheServersAnswer() {
        try (McpTestClient client = McpTestClient.connect(new SampleServer())) {
            assertThat(client.initializeResult().get("protocolVersion")).isEqualTo("2025-11-25");
            assertThat(client.initializeResult().get("serverInfo").toString()).contains("sample");
        }
    }

    @Test
    void toolsThatAskTheClientWorkTheSameForBothProtocolEras() {
        for (boolean stateless : new boolean[] {false, true}) {
            McpTestClient.Builder builder = McpTestClient.builder(new SampleServer())
                    .elicitation(params -> Map.of("action", "accept", "content", Map.of("name", "Ada")))
                    .sampling(params -> Map.of("role", "assistant", "content", Map.of("type", "text", "text", "Paris")))
                    .roots(List.of(new Root("file:///a", "a"), new Root("file:///b", null)));
            try (McpTestClient client = (stateless ? builder.stateless() : builder).connect()) {
                assertThat(client.callTool("ask", Map.of()).text()).as("stateless: %s", stateless).isEqualTo("ACCEPT Ada");
                assertThat(client.callTool("think", Map.of()).text()).isEqualTo("Paris");
                assertThat(client.callTool("root_count", Map.of()).text()).isEqualTo("2");
                client.setLogLevel(LogLevel.CRITICAL);
                client.callTool("log_all", Map.of());
                assertThat(client.notifications("notifications/message")).extracting(m -> String.valueOf(m.get("level")))
                        .containsExactly("critical", "alert", "emergency");
                if (stateless) {
                    assertThat(client.initializeResult()).isNull();
                    assertThat(client.discover().get("supportedVersions").toString()).startsWith("[2026-07-28, 2025-11-25");
                } else {
                    assertThatThrownBy(client::discover).isInstanceOf(McpException.class).hasMessageContaining("Method not found");
                }
            }
        }
    }

    @Test
    void aStatelessClientWithoutTheCapabilityGetsTheErrorThatNamesIt() {
        try (McpTestClient client = McpTestClient.builder(new SampleServer()).stateless().connect()) {
            assertThatThrownBy(() -> client.callTool("ask", Map.of())).isInstanceOfSatisfying(McpException.class,
                    e -> assertThat(e.code()).isEqualTo(McpException.MISSING_REQUIRED_CLIENT_CAPABILITY));
        }
        try (McpTestClient client = McpTestClient.connect(new SampleServer())) {
            assertThat(client.callTool("ask", Map.of()).text()).contains("needs the client to support elicitation");
        }
    }

    @Test
    void listsFollowEveryPage() {
        SampleServer server = new SampleServer();
        server.pageSize(1);
        try (McpTestClient client = McpTestClient.connect(server)) {
            assertThat(client.listTools()).hasSizeGreaterThan(10);
            assertThat(client.listResources()).hasSize(2);
        }
    }

    @Test
    void anOlderProtocolVersionCanBeRequested() {
        try (McpTestClient client = McpTestClient.builder(new SampleServer()).protocolVersion("2024-11-05").connect()) {
            assertThat(client.initializeResult().get("protocolVersion")).isEqualTo("2024-11-05");
        }
    }

    @Test
    void noAnswerWithinTheTimeoutIsAClearFailure() {
        try (McpTestClient client = McpTestClient.builder(new SampleServer()).timeoutMillis(200).connect()) {
            assertThatThrownBy(() -> client.callTool("wait_for", Map.of("millis", 2000)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("tools/call").hasMessageContaining("200 ms");
            client.notify("notifications/cancelled", Map.of("requestId", 2L));
        }
    }

    @Test
    void closeWaitsForCallsInFlight() throws Exception {
        McpTestClient client = McpTestClient.connect(new SampleServer());
        CompletableFuture<McpTestClient.ToolCall> call = CompletableFuture.supplyAsync(() -> client.callTool("wait_for", Map.of("millis", 300)));
        Thread.sleep(50);
        client.close();
        assertThat(call.get().text()).isEqualTo("waited");
    }

    @Test
    void notificationsAreRecordedInOrder() {
        try (McpTestClient client = McpTestClient.connect(new SampleServer())) {
            client.setLogLevel(LogLevel.ALERT);
            client.callTool("log_all", Map.of());
            assertThat(client.notifications()).extracting(n -> n.get("method"))
                    .containsExactly("notifications/message", "notifications/message");
            assertThat(client.notifications("notifications/message")).extracting(p -> p.get("data"))
                    .isEqualTo(List.of("at alert", "at emergency"));
        }
    }
}
