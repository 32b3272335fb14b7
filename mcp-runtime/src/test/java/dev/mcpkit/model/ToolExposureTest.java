package dev.mcpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.McpServer;
import dev.mcpkit.McpTestClient;
import dev.mcpkit.Tool;
import dev.mcpkit.ToolSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolExposureTest {

    private static ToolDefinition tool(String name, String toolset, boolean readOnly) {
        return new ToolDefinition(name, toolset, readOnly, null, List.of(), List.of(), null);
    }

    private static final List<ToolDefinition> TOOLS = List.of(tool("a", "x", true), tool("b", "x", false), tool("c", "y", true),
            tool("d", "", false));

    @Test
    void toolsetsAndReadOnlyNarrowWhatIsExposedAndToolsInNoToolsetStay() {
        assertThat(ToolExposure.ALL.filter(TOOLS)).extracting(ToolDefinition::name).containsExactly("a", "b", "c", "d");
        assertThat(new ToolExposure(Set.of("x"), false, false).filter(TOOLS)).extracting(ToolDefinition::name).containsExactly("a", "b", "d");
        assertThat(new ToolExposure(null, true, false).filter(TOOLS)).extracting(ToolDefinition::name).containsExactly("a", "c");
        assertThat(new ToolExposure(Set.of("y"), true, false).filter(TOOLS)).extracting(ToolDefinition::name).containsExactly("c");
        assertThat(ToolExposure.toolsetsOf(TOOLS)).containsExactly("x", "y");
    }

    @Test
    void enablingAToolsetAddsItsToolsOnlyOnce() {
        ToolExposure some = new ToolExposure(Set.of("y"), false, true);
        ToolExposure more = some.enable("x");
        assertThat(more.filter(TOOLS)).extracting(ToolDefinition::name).containsExactly("a", "b", "c", "d");
        assertThat(more.enable("x")).isSameAs(more);
        assertThat(ToolExposure.ALL.enable("x")).isSameAs(ToolExposure.ALL);
    }

    @Test
    void aTestClientSeesWhatAUserWhoRunsTheServerWithTheSameFlagsSees() {
        try (McpTestClient client = McpTestClient.builder(new dev.mcpkit.ToolsetFixture()).serverArgs("--read-only", "--toolsets", "issues")
                .connect()) {
            assertThat(client.listTools()).extracting(t -> t.get("name")).containsExactly("search", "whoami");
            assertThatThrownBy(() -> client.callTool("close_issue", java.util.Map.of("number", 1)))
                    .hasMessageContaining("Tool close_issue is not available: the server runs read-only");
        }
        try (McpTestClient everything = McpTestClient.connect(new dev.mcpkit.ToolsetFixture())) {
            assertThat(everything.listTools()).hasSize(5);
        }
        assertThatThrownBy(() -> McpTestClient.builder(new dev.mcpkit.ToolsetFixture()).serverArgs("--toolsets", "nope").connect())
                .hasMessageContaining("unknown toolset 'nope'; this server has: issues, repos (or all)");
        assertThatThrownBy(() -> McpTestClient.builder(new dev.mcpkit.ToolsetFixture()).serverArgs("--transport", "http").connect())
                .hasMessageContaining("only --toolsets, --read-only and --dynamic-toolsets");
    }

    static final class BadToolset extends McpServer {
        @Tool(description = "x", toolset = "all")
        public String t() {
            return "";
        }
    }

    @Test
    void aToolsetNameFollowsTheToolNameRulesAndIsNotAll() {
        assertThat(Names.toolsetProblem("")).isNull();
        assertThat(Names.toolsetProblem("issues.v2")).isNull();
        assertThat(Names.toolsetProblem("all")).contains("not 'all'");
        assertThat(Names.toolsetProblem("a,b")).contains("1-128 characters");
        assertThatThrownBy(() -> McpTestClient.connect(new BadToolset())).hasMessageContaining("BadToolset.t: toolset 'all' must be");
        McpServer server = new McpServer() { };
        server.addTool(ToolSpec.builder("s").toolset("two words").handler((a, c) -> "").build());
        assertThatThrownBy(() -> McpTestClient.connect(server)).hasMessageContaining("tool s: toolset 'two words' must be");
    }
}
