package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.PackagingChecksTest.messages;
import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import dev.mcpkit.maven.core.validate.checks.ReadmeSectionsCheck;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.validate.checks.ToolsDocs;
import dev.mcpkit.maven.core.validate.checks.ToolsDocumentedCheck;
import org.junit.jupiter.api.Test;

class DocumentationChecksTest extends WithProjectFixture {

    @Test
    void aReadmeWithEverySectionPasses() throws Exception {
        assertThat(run(new ReadmeSectionsCheck(), project.model()).list()).isEmpty();
        assertThat(run(new ToolsDocumentedCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void eachMissingSectionIsNamed() throws Exception {
        project.write("README.md", "# fixture\n\n## Getting started\n\nx\n\n## Configuration\n\n`API_KEY`\n");
        assertThat(messages(run(new ReadmeSectionsCheck(), project.model()), Severity.ERROR)).containsExactly(
                "README.md has no Installation section", "README.md has no Troubleshooting section",
                "README.md has no Claude Desktop configuration example (a json block with mcpServers)");
    }

    @Test
    void theClaudeDesktopExampleMustUseTheServersName() throws Exception {
        project.write("README.md", project.readme().replace("{\"mcpServers\": {\"fixture\"", "{\"mcpServers\": {\"my-fixture\""));
        assertThat(messages(run(new ReadmeSectionsCheck(), project.model()), Severity.ERROR))
                .containsExactly("README.md's Claude Desktop example names the server [my-fixture], not 'fixture'");
    }

    @Test
    void noReadmeFails() throws Exception {
        Files.delete(tmp.resolve("README.md"));
        assertThat(messages(run(new ReadmeSectionsCheck(), project.model()), Severity.ERROR)).containsExactly("the project has no README.md");
    }

    @Test
    void undocumentedToolsAndArgumentsFail() throws Exception {
        project.tools.add(ProjectFixture.tool("alerts", "{\"type\":\"object\",\"properties\":{\"region\":{\"type\":\"string\",\"description\":\"Region\"}}}"));
        project.write("README.md", project.readme().replace("| `days` |", "| days |").replace("### `alerts`", "### Alerts"));

        assertThat(messages(run(new ToolsDocumentedCheck(), project.model()), Severity.ERROR)).containsExactly(
                "the argument days of tool forecast is not documented in README.md", "the tool alerts is not documented in README.md");
    }

    @Test
    void docsReplaceTheGeneratedSectionAndKeepTheRest() throws Exception {
        String readme = "# x\n\nintro\n\n" + ToolsDocs.BEGIN + "\nstale\n" + ToolsDocs.END + "\n\n## After\n";
        String updated = ToolsDocs.update(readme, project.descriptor(), TextTemplates.builtIn());

        assertThat(updated).startsWith("# x\n\nintro\n\n" + ToolsDocs.BEGIN).endsWith(ToolsDocs.END + "\n\n## After\n")
                .doesNotContain("stale")
                .contains("### `forecast`\n\nforecast tool\n\nRead-only.\n\n| argument | type | required | description |")
                .contains("| `city` | string | yes | City name |")
                .contains("| `API_KEY` | yes | yes | Key of the service |");
        assertThat(ToolsDocs.update(updated, project.descriptor(), TextTemplates.builtIn())).isEqualTo(updated);
    }

    @Test
    void docsAppendAToolsSectionToAReadmeWithoutMarkers() throws Exception {
        String updated = ToolsDocs.update("# x\n", project.descriptor(), TextTemplates.builtIn());
        assertThat(updated).startsWith("# x\n\n## Tools\n\n" + ToolsDocs.BEGIN).endsWith(ToolsDocs.END + "\n");
    }

    @Test
    void jsonBlocksArePairedLineByLineSoAShellBlockBeforeThemDoesNotHideThem() {
        String readme = "# Server\n\n```sh\nmvn verify\n```\n\nAdd:\n\n```json\n{\"mcpServers\": {\"weather\": {}}}\n```\n\n"
                + "```\n{\"plain\": true}\n```\n";
        org.assertj.core.api.Assertions.assertThat(dev.mcpkit.maven.core.validate.checks.ReadmeSectionsCheck.jsonBlocks(readme))
                .containsExactly("{\"mcpServers\": {\"weather\": {}}}\n", "{\"plain\": true}\n");
    }
}
