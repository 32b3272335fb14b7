package dev.mcpkit.maven.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.output.TextTemplates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Inspects the fixture stdio server (not built on mcp-runtime) through a real handshake. */
class InspectionReportTest {

    private static final ServerCommand STDIO = new ServerCommand(ServerCommand.currentJava(),
            List.of(Path.of("target", "test-classes").toAbsolutePath()), "dev.mcpkit.maven.fixtures.StdioServer",
            Map.of("FIXTURE_MODE", "ok"), null, Duration.ofSeconds(60));

    @Test
    void tablesListToolsResourcesTemplatesAndPromptsWithRequiredArgumentsMarked() throws Exception {
        String text = InspectionReport.inspect(new ServerDescriber(), STDIO, List.of(), InspectionReport.Format.TABLE, TextTemplates.builtIn());
        assertThat(text).startsWith("plain-server 0.3.0\n");
        assertThat(text).contains("Tools (2)", "Resources (1)", "Resource templates (1)", "Prompts (1)");
        assertThat(text).containsPattern("name\\s+description\\s+arguments");
        assertThat(text).containsPattern("first\\s+Page one");
        assertThat(text).containsPattern("file:///\\{path\\}\\s+files");
        assertThat(text).containsPattern("greet\\s+who\\*");
    }

    /** An mcpkit server over Streamable HTTP: its tools/list carries each tool's toolset, and the table shows it. */
    @Test
    void overHttpTheToolsTableShowsReadOnlyToolsAndTheirToolsets() throws Exception {
        List<Path> classpath = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        ServerCommand http = new ServerCommand(ServerCommand.currentJava(), classpath, "dev.mcpkit.maven.fixtures.HttpServer", Map.of(),
                null, Duration.ofSeconds(60));
        String text = InspectionReport.inspectOverHttp(new ServerDescriber(), http, null, List.of(), InspectionReport.Format.TABLE,
                TextTemplates.builtIn());
        assertThat(text).containsPattern("name\\s+description\\s+arguments\\s+read-only, toolset\n")
                .containsPattern("count\\s+Counts to n, reporting progress on the way\\s+n\\*: integer\\s+read-only, toolset math\n");
    }

    @Test
    void jsonFormatPrintsTheSameAsAJsonDocument() throws Exception {
        String json = InspectionReport.inspect(new ServerDescriber(), STDIO, List.of(), InspectionReport.Format.JSON, TextTemplates.builtIn());
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.path("server").path("name").asString()).isEqualTo("plain-server");
        assertThat(root.path("tools")).hasSize(2);
        assertThat(root.path("resourceTemplates").path(0).path("uriTemplate").asString()).isEqualTo("file:///{path}");
        assertThat(root.path("prompts").path(0).path("arguments").path(0).path("required").asBoolean()).isTrue();
    }

    @Test
    void argumentsShowTypeAndMarkRequiredOnes() {
        JsonNode schema = JsonMapper.builder().build().readTree(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"},\"x\":{}},\"required\":[\"city\"]}");
        assertThat(InspectionReport.arguments(schema)).isEqualTo("city*: string, days: integer, x: any");
    }

    @Test
    void unknownFormatNamesTheProperty() {
        assertThatThrownBy(() -> InspectionReport.Format.parse("xml")).hasMessageContaining("mcp.format");
    }
}
