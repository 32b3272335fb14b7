package ${package}.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpkit.McpTestClient;
import dev.mcpkit.Secret;
import java.util.Map;
import ${package}.${className}Server;
import org.junit.jupiter.api.Test;

/**
 * The tools through the protocol, as a client calls them. The test client does not resolve settings:
 * a test sets them on the tools object after connecting.
 */
class TextToolsTest {

    private final TextTools tools = new TextTools();

    private McpTestClient connect() {
        return McpTestClient.connect(new ${className}Server(tools));
    }

    @Test
    void wordCountReturnsStructuredStats() {
        try (McpTestClient client = connect()) {
            McpTestClient.ToolCall call = client.callTool("word_count", Map.of("text", "a quick brown fox", "minLength", 2));
            assertFalse(call.isError(), call.toString());
            assertEquals(3, ((Number) call.structuredContent().get("words")).intValue());
            assertEquals("quick", call.structuredContent().get("longestWord"));
        }
    }

    @Test
    void wordCountRejectsAMinLengthBelowOneBeforeTheToolRuns() {
        try (McpTestClient client = connect()) {
            McpTestClient.ToolCall call = client.callTool("word_count", Map.of("text", "a b", "minLength", 0));
            assertTrue(call.isError(), call.toString());
            assertTrue(call.text().contains("minLength"), call.text());
        }
    }

    @Test
    void signUsesTheConfiguredKey() {
        try (McpTestClient client = connect()) {
            tools.SIGNING_KEY = Secret.of("key");
            McpTestClient.ToolCall call = client.callTool("sign",
                    Map.of("message", "The quick brown fox jumps over the lazy dog"));
            assertFalse(call.isError(), call.toString());
            // the published HMAC-SHA256 test vector for this key and message
            assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", call.text());
        }
    }
}
