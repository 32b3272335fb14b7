package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.McpTestClient;
import dev.mcpkit.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process test client refuses a tool whose required setting is unset, as serving does. */
class TestClientSettingsTest {

    @Test
    void toolNeedingAnUnsetSettingIsRefusedAndRunsOnceTheTestSetsIt() throws Exception {
        ConfiguredServer server = new ConfiguredServer();
        try (McpTestClient client = McpTestClient.connect(server)) {
            McpTestClient.ToolCall refused = client.callTool("call_service", Map.of("question", "q"));
            assertThat(refused.isError()).isTrue();
            assertThat(refused.text()).contains("SERVICE_API_KEY").contains("not configured");
            assertThat(client.callTool("plain", Map.of()).text()).isEqualTo("plain ok");

            java.lang.reflect.Field key = ConfiguredServer.class.getDeclaredField("SERVICE_API_KEY");
            key.setAccessible(true);
            key.set(server, Secret.of("test-key-1234"));
            assertThat(client.callTool("call_service", Map.of("question", "q")).text()).contains("13 characters");
        }
    }
}
