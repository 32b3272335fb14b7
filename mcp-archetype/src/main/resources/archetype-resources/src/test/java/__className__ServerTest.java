package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpkit.McpTestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Talks to the server in this JVM through the same protocol code as stdio. */
class ${className}ServerTest {

    @Test
    void listsBothToolsThePromptAndTheResource() {
        try (McpTestClient client = McpTestClient.connect(new ${className}Server())) {
            assertEquals(List.of("sign", "word_count"), names(client.listTools()));
            assertEquals(List.of("improve_text"), names(client.listPrompts()));
            assertEquals("info://about", client.listResources().get(0).get("uri"));
        }
    }

    @Test
    void promptEmbedsTheText() {
        try (McpTestClient client = McpTestClient.connect(new ${className}Server())) {
            Map<String, Object> prompt = client.getPrompt("improve_text", Map.of("text", "Hello there"));
            assertTrue(prompt.toString().contains("Hello there"), prompt.toString());
        }
    }

    @Test
    void aboutResourceNamesTheServer() {
        try (McpTestClient client = McpTestClient.connect(new ${className}Server())) {
            assertTrue(client.readResource("info://about").toString().contains("${serverName}"));
        }
    }

    private static List<Object> names(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("name")).sorted().toList();
    }
}
