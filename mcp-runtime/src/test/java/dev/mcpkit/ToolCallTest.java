package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToolCallTest {

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

    @Test
    void toolNamesDefaultToSnakeCaseOfTheMethodName() {
        assertThat(client.listTools()).extracting(t -> t.get("name"))
                .contains("echo", "protocol_error", "wait_for", "bad_progress", "log_all", "root_count");
    }

    @Test
    void stringResultBecomesOneTextBlock() {
        McpTestClient.ToolCall call = client.callTool("echo", Map.of("message", "hello"));
        assertThat(call.isError()).isFalse();
        assertThat(call.content()).containsExactly(Map.of("type", "text", "text", "hello"));
    }

    @Test
    void recordResultIsStructuredContentWithOutputSchemaAndTheSameJsonAsText() {
        Map<String, Object> tool = client.listTools().stream().filter(t -> t.get("name").equals("point")).findFirst().orElseThrow();
        assertThat(tool.get("outputSchema")).isInstanceOf(Map.class);
        McpTestClient.ToolCall call = client.callTool("point", Map.of("x", 3));
        assertThat(call.structuredContent()).isEqualTo(Map.of("x", 3L, "y", 7L));
        assertThat(call.text()).isEqualTo("{\"x\":3,\"y\":7}");
    }

    @Test
    void toolsReturningToolResultOrContentDeclareNoOutputSchema() {
        server.register(new Object() {
            @Tool(description = "full control")
            public ToolResult full() {
                return ToolResult.of(Content.text("a"), Content.text("b"));
            }

            @Tool(description = "one block")
            public Content block() {
                return Content.text("c");
            }
        });
        assertThat(client.listTools()).filteredOn(t -> t.get("name").equals("full") || t.get("name").equals("block"))
                .hasSize(2).allSatisfy(t -> assertThat(t).doesNotContainKey("outputSchema"));
        assertThat(client.callTool("full", Map.of()).text()).isEqualTo("a\nb");
    }

    @Test
    void voidToolReturnsEmptySuccess() {
        McpTestClient.ToolCall call = client.callTool("nothing", Map.of());
        assertThat(call.isError()).isFalse();
        assertThat(call.content()).isEmpty();
        assertThat(server.calls).containsExactly("nothing");
    }

    @Test
    void toolExceptionBecomesErrorResultWithItsMessage() {
        McpTestClient.ToolCall call = client.callTool("fails", Map.of());
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).isEqualTo("it failed on purpose");
    }

    @Test
    void unexpectedExceptionBecomesShortErrorResultWithAnErrorIdButNotItsMessage() {
        McpTestClient.ToolCall call = client.callTool("crashes", Map.of());
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).matches("Tool 'crashes' failed unexpectedly \\(IllegalStateException, error id [0-9a-f]{8}; "
                + "the server's log has the details\\)").doesNotContain("kaboom");
    }

    @Test
    void mcpExceptionBecomesJsonRpcErrorWithCodeAndData() {
        assertThatThrownBy(() -> client.callTool("protocol_error", Map.of()))
                .isInstanceOfSatisfying(McpException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32042);
                    assertThat(e.getMessage()).isEqualTo("needs a URL");
                    assertThat(e.data()).isEqualTo(Map.of("url", "https://example.org"));
                });
    }

    @Test
    void unknownToolIsInvalidParamsError() {
        assertThatThrownBy(() -> client.callTool("nope", Map.of()))
                .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.code()).isEqualTo(-32602));
    }

    @Test
    void callWithMissingRequiredArgumentReturnsToolErrorNamingIt() {
        McpTestClient.ToolCall call = client.callTool("echo", Map.of());
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("message");
    }

    @Test
    void callWithWrongTypeReturnsToolErrorNamingFieldAndType() {
        McpTestClient.ToolCall call = client.callTool("echo", Map.of("message", 5));
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("message").contains("string");
    }

    @Test
    void callWithUnknownEnumValueReturnsToolError() {
        McpTestClient.ToolCall call = client.callTool("temperature", Map.of("unit", "kelvin"));
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("unit").contains("kelvin");
    }

    @Test
    void callWithOutOfRangeValueReturnsToolError() {
        McpTestClient.ToolCall call = client.callTool("temperature", Map.of("unit", "celsius", "value", 500));
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("value").contains("100");
    }

    @Test
    void callWithUnexpectedPropertyReturnsToolError() {
        McpTestClient.ToolCall call = client.callTool("echo", Map.of("message", "m", "extra", true));
        assertThat(call.isError()).isTrue();
        assertThat(call.text()).contains("extra");
    }

    @Test
    void enumArgumentWithDefaultBindsTheDefaultWhenOmitted() {
        assertThat(client.callTool("temperature", Map.of()).text()).isEqualTo("celsius:none");
    }

    @Test
    void optionalArgumentIsNotRequiredAndBindsEmpty() {
        assertThat(client.callTool("temperature", Map.of("unit", "celsius")).text()).isEqualTo("celsius:none");
        assertThat(client.callTool("temperature", Map.of("unit", "celsius", "value", 21.5)).text()).isEqualTo("celsius:21.5");
    }

    @Test
    void dynamicToolsCanBeAddedAndRemovedWhileServingAndClientsAreTold() {
        server.addTool(ToolSpec.builder("late").description("added late")
                .inputSchema(Map.of("type", "object", "properties", Map.of("n", Map.of("type", "integer")), "required", List.of("n")))
                .handler((args, ctx) -> "n=" + args.get("n")).build());
        assertThat(client.notifications("notifications/tools/list_changed")).hasSize(1);
        assertThat(client.callTool("late", Map.of("n", 4)).text()).isEqualTo("n=4");
        assertThat(client.callTool("late", Map.of("n", "four")).isError()).isTrue();
        assertThat(server.removeTool("late")).isTrue();
        assertThat(client.notifications("notifications/tools/list_changed")).hasSize(2);
        assertThat(client.listTools()).extracting(t -> t.get("name")).doesNotContain("late");
    }

    @Test
    void toolsInAnotherClassAreRegistered() {
        server.register(new Object() {
            @Tool(description = "from elsewhere")
            public String elsewhere() {
                return "here";
            }
        });
        assertThat(client.callTool("elsewhere", Map.of()).text()).isEqualTo("here");
    }

    @Test
    void annotationsCarryOnlyHintsThatDifferFromTheSpecDefaults() {
        Map<String, Object> point = client.listTools().stream().filter(t -> t.get("name").equals("point")).findFirst().orElseThrow();
        assertThat(point.get("annotations")).isEqualTo(Map.of("readOnlyHint", true));
        Map<String, Object> echo = client.listTools().stream().filter(t -> t.get("name").equals("echo")).findFirst().orElseThrow();
        assertThat(echo).doesNotContainKey("annotations");
    }
}
