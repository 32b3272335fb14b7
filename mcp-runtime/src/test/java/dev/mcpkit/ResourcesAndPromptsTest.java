package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourcesAndPromptsTest {

    private SampleServer server;
    private McpTestClient client;

    @BeforeEach
    void connect() {
        server = new SampleServer();
        client = McpTestClient.connect(server);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstContents(Map<String, Object> read) {
        return (Map<String, Object>) ((List<Object>) read.get("contents")).get(0);
    }

    @Test
    void fixedResourcesAreListedAndTemplatesSeparately() {
        assertThat(client.listResources()).extracting(r -> r.get("uri")).containsExactly("sample://bytes", "sample://readme");
        assertThat(client.listResourceTemplates()).extracting(r -> r.get("uriTemplate")).containsExactly("sample://items/{id}/detail");
    }

    @Test
    void textResourceIsReadWithItsMimeType() {
        Map<String, Object> c = firstContents(client.readResource("sample://readme"));
        assertThat(c).isEqualTo(Map.of("uri", "sample://readme", "mimeType", "text/markdown", "text", "# Sample"));
    }

    @Test
    void binaryResourceIsABase64Blob() {
        Map<String, Object> c = firstContents(client.readResource("sample://bytes"));
        assertThat(Base64.getDecoder().decode((String) c.get("blob"))).containsExactly(1, 2, 3);
        assertThat(c).doesNotContainKey("text");
    }

    @Test
    void templateVariablesAreBoundToMethodParameters() {
        assertThat(firstContents(client.readResource("sample://items/42/detail")).get("text")).isEqualTo("item 42");
        assertThat(firstContents(client.readResource("sample://items/a%20b/detail")).get("text")).isEqualTo("item a b");
    }

    @Test
    void unknownResourceIsResourceNotFound() {
        assertThatThrownBy(() -> client.readResource("sample://nothing"))
                .isInstanceOfSatisfying(McpException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32002);
                    assertThat(e.data()).isEqualTo(Map.of("uri", "sample://nothing"));
                });
        assertThatThrownBy(() -> client.readResource("sample://items/missing/detail"))
                .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.code()).isEqualTo(-32002));
    }

    @Test
    void subscribersAreToldWhenAResourceChanges() {
        client.request("resources/subscribe", Map.of("uri", "sample://readme"));
        server.notifyResourceUpdated("sample://readme");
        server.notifyResourceUpdated("sample://bytes");
        assertThat(client.notifications("notifications/resources/updated")).containsExactly(Map.of("uri", "sample://readme"));
        client.request("resources/unsubscribe", Map.of("uri", "sample://readme"));
        server.notifyResourceUpdated("sample://readme");
        assertThat(client.notifications("notifications/resources/updated")).hasSize(1);
    }

    @Test
    void subscriptionsAreCappedInNumberAndUriLengthWithAnErrorThatSaysSo() {
        for (int i = 0; i < 1000; i++) {
            client.request("resources/subscribe", Map.of("uri", "sample://items/" + i + "/detail"));
        }
        assertThatThrownBy(() -> client.request("resources/subscribe", Map.of("uri", "sample://items/1000/detail")))
                .isInstanceOfSatisfying(McpException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32602);
                    assertThat(e.getMessage()).contains("limit of 1000 subscriptions").contains("unsubscribe");
                });
        client.request("resources/subscribe", Map.of("uri", "sample://items/999/detail"));   // already held: fine
        client.request("resources/unsubscribe", Map.of("uri", "sample://items/0/detail"));
        client.request("resources/subscribe", Map.of("uri", "sample://items/1000/detail"));
        assertThatThrownBy(() -> client.request("resources/subscribe", Map.of("uri", "sample://items/" + "9".repeat(3000) + "/detail")))
                .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.getMessage()).contains("at most 2048 characters"));
        assertThatThrownBy(() -> client.request("resources/read", Map.of("uri", "nowhere://" + "x".repeat(1_000_000))))
                .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.getMessage().length()).isLessThan(2100));
    }

    @Test
    void removingAResourceTellsClientsTheListChanged() {
        assertThat(server.removeResource("sample://bytes")).isTrue();
        assertThat(client.notifications("notifications/resources/list_changed")).hasSize(1);
        assertThat(client.listResources()).extracting(r -> r.get("uri")).containsExactly("sample://readme");
    }

    @Test
    void promptsListTheirArgumentsWithRequiredFlags() {
        Map<String, Object> p = client.listPrompts().get(0);
        assertThat(p.get("name")).isEqualTo("say_hi");
        assertThat(p.get("arguments")).isEqualTo(List.of(
                Map.of("name", "name", "description", "Name", "required", true),
                Map.of("name", "mood", "required", false)));
    }

    @Test
    void promptGetRendersMessages() {
        Map<String, Object> r = client.getPrompt("say_hi", Map.of("name", "Ada", "mood", "happy"));
        assertThat(r.get("messages")).isEqualTo(List.of(Map.of("role", "user",
                "content", Map.of("type", "text", "text", "Hi Ada (happy)"))));
    }

    @Test
    void promptWithMissingArgumentOrUnknownNameIsInvalidParams() {
        assertThatThrownBy(() -> client.getPrompt("say_hi", Map.of()))
                .isInstanceOfSatisfying(McpException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32602);
                    assertThat(e.getMessage()).contains("name");
                });
        assertThatThrownBy(() -> client.getPrompt("nope", Map.of()))
                .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.code()).isEqualTo(-32602));
    }

    @Test
    void completionsComeFromCompleteMethodsAndArgCompletions() {
        assertThat(client.completePromptArgument("say_hi", "mood", "h")).containsExactly("happy", "hungry");
        assertThat(client.completeTemplateVariable("sample://items/{id}/detail", "id", "ap")).containsExactly("apple", "apricot");
        assertThat(client.completePromptArgument("say_hi", "name", "x")).isEmpty();
    }

    @Test
    void elicitationSamplingAndRootsRoundTripWhenTheClientDeclaresThem() {
        try (McpTestClient capable = McpTestClient.builder(new SampleServer())
                .elicitation(params -> Map.of("action", "accept", "content", Map.of("name", "Grace")))
                .sampling(params -> Map.of("role", "assistant", "content", Map.of("type", "text", "text", "42"), "model", "m"))
                .roots(List.of(new Root("file:///a", "a"), new Root("file:///b", null)))
                .connect()) {
            assertThat(capable.callTool("ask", Map.of()).text()).isEqualTo("ACCEPT Grace");
            assertThat(capable.callTool("think", Map.of()).text()).isEqualTo("42");
            assertThat(capable.callTool("root_count", Map.of()).text()).isEqualTo("2");
        }
    }

    @Test
    void askingAClientThatDidNotDeclareTheCapabilityIsAToolError() {
        McpTestClient.ToolCall call = client.callTool("ask", Map.of());
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("elicitation");
        assertThat(client.callTool("think", Map.of()).text()).contains("sampling");
        assertThat(client.callTool("root_count", Map.of()).text()).contains("roots");
    }
}
