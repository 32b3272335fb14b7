package dev.mcpkit.maven.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.clients.InstallDocs;
import dev.mcpkit.maven.core.describe.JsonValue;
import dev.mcpkit.maven.core.describe.Prompt;
import dev.mcpkit.maven.core.describe.Resource;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.ServerInfo;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.inspect.InspectionReport;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.CheckResult;
import dev.mcpkit.maven.core.validate.Finding;
import dev.mcpkit.maven.core.validate.ReportFiles;
import dev.mcpkit.maven.core.validate.Severity;
import dev.mcpkit.maven.core.validate.ValidationReport;
import dev.mcpkit.maven.core.validate.checks.ToolsDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The tool docs, the inspection table and the JUnit report, byte for byte, as files under src/test/resources/golden. */
class TextOutputsTest {

    static final ServerDescriptor SERVER = new ServerDescriptor(
            new ServerInfo("weather", "Weather & Alerts", "1.2.0", "Forecasts", null), List.of("2025-11-25"),
            List.of(tool("forecast", "Forecast for a city.\nUses the | pipe service.",
                            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
                                    + "\"days\":{\"type\":\"integer\",\"description\":\"Days ahead, 1 to 7 | default 3\"},\"raw\":{}},"
                                    + "\"required\":[\"city\"]}"),
                    tool("ping", " ", "{\"type\":\"object\"}"),
                    tool("alerts", "Active weather alerts for a region, with severity, headline and the instructions of the issuing office.",
                            "{\"type\":\"object\",\"properties\":{\"region\":{\"type\":\"string\"}},\"required\":[\"region\"]}")),
            List.of(new Resource("weather://stations", "stations", null, "All stations", "application/json"),
                    new Resource("weather://about", null, null, null, null)),
            List.of(),
            List.of(new Prompt("brief", null, "A short brief", List.of(new Prompt.Argument("city", null, true),
                            new Prompt.Argument("tone", null, false))),
                    new Prompt("hello", null, null, List.of())),
            List.of(new Setting("WEATHER_API_KEY", "API key | secret", "string", true, true, null),
                    new Setting("WEATHER_UNITS", null, "string", false, false, "metric")));

    static final ValidationReport REPORT = new ValidationReport(List.of(
            new CheckResult("security.secrets", Category.SECURITY, "no secrets", CheckResult.Status.FAIL,
                    List.of(new Finding("security.secrets", Severity.INFO, "scanned 3 files", "", null),
                            new Finding("security.secrets", Severity.ERROR, "a \"token\" in <pom.xml> & 'README'\u0007", "remove it", "pom.xml:3")),
                    null, 1234),
            new CheckResult("docs.readme", Category.DOCUMENTATION, "README sections", CheckResult.Status.WARN,
                    List.of(new Finding("docs.readme", Severity.WARNING, "no Troubleshooting section", "add one", null)), null, 5),
            new CheckResult("packaging.jar", Category.PACKAGING, "jar", CheckResult.Status.PASS, List.of(), null, 0),
            new CheckResult("ux.help", Category.PACKAGING, "help", CheckResult.Status.PASS,
                    List.of(new Finding("ux.help", Severity.INFO, "--help printed 12 lines", "", null)), null, 42),
            new CheckResult("ux.gui", Category.PACKAGING, "gui", CheckResult.Status.SKIPPED, List.of(), "no \"display\" here", 0)),
            true, 2500);

    private static Tool tool(String name, String description, String schema) {
        return new Tool(name, null, description, JsonValue.of(JsonMapper.builder().build().readTree(schema)),
                JsonValue.absent(), JsonValue.absent(), List.of());
    }

    /** Tools in toolsets, some read-only: the section says how to choose them. */
    static final ServerDescriptor TOOLSETS = new ServerDescriptor(new ServerInfo("tracker", null, "1.0.0", null, null),
            List.of("2025-11-25"),
            List.of(new Tool("list_issues", null, "Lists issues.", JsonValue.of(JsonMapper.builder().build().readTree("{\"type\":\"object\"}")),
                            JsonValue.absent(), JsonValue.of(JsonMapper.builder().build().readTree("{\"readOnlyHint\":true}")), List.of(), "issues"),
                    new Tool("close_issue", null, "Closes an issue.", JsonValue.of(JsonMapper.builder().build().readTree("{\"type\":\"object\"}")),
                            JsonValue.absent(), JsonValue.absent(), List.of(), "issues"),
                    new Tool("whoami", null, "Who you are.", JsonValue.of(JsonMapper.builder().build().readTree("{\"type\":\"object\"}")),
                            JsonValue.absent(), JsonValue.of(JsonMapper.builder().build().readTree("{\"readOnlyHint\":true}")), List.of(), null),
                    new Tool("merge", null, "Merges.", JsonValue.of(JsonMapper.builder().build().readTree("{\"type\":\"object\"}")),
                            JsonValue.absent(), JsonValue.absent(), List.of(), "repos")),
            List.of(), List.of(), List.of(), List.of());

    static String golden(String name) throws IOException {
        try (InputStream in = TextOutputsTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void toolsSectionIsUnchanged() throws IOException {
        assertThat(ToolsDocs.section(SERVER, TextTemplates.builtIn())).isEqualTo(golden("tools-section.md"));
        assertThat(ToolsDocs.section(TOOLSETS, TextTemplates.builtIn())).isEqualTo(golden("tools-section-toolsets.md"));
    }

    @Test
    void installSectionIsReplacedBetweenItsMarkersOnlyAndAppendedWhereThereAreNone() throws IOException {
        LaunchSpec released = LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0", List.of(
                new Setting("WEATHER_API_KEY", "API key", "string", true, true, null), new Setting("WEATHER_UNITS", "units", "string", false, false, "metric")));
        String readme = "# weather\n\nIntro.\n";
        String once = InstallDocs.update(readme, "weather", "1.2.0", "Forecasts", released, TextTemplates.builtIn());
        assertThat(once).startsWith(readme + "\n## Install in one line\n\n" + InstallDocs.SECTION.begin() + "\n- **Cursor**: [Add weather to Cursor](cursor://")
                .contains("- **Claude Code**: `claude mcp add --transport stdio --scope user weather --env WEATHER_UNITS=metric -- jbang ")
                .contains("Each starts weather 1.2.0 through [JBang]").doesNotContain("WEATHER_API_KEY").doesNotContain("## Install weather")
                .endsWith("keychain, where the server reads it.\n" + InstallDocs.SECTION.end() + "\n");
        assertThat(InstallDocs.update(once, "weather", "1.2.0", "Forecasts", released, TextTemplates.builtIn())).isEqualTo(once);

        String edited = once.replace("# weather", "# Weather, edited") + "\n## Licence\n\nMIT\n";
        String newer = InstallDocs.update(edited.replace("1.2.0", "0.9.0"), "weather", "1.3.0", "Forecasts",
                LaunchSpecs.jbang(17, "com.example", "weather", "1.3.0", List.of()), TextTemplates.builtIn());
        assertThat(newer).startsWith("# Weather, edited\n").endsWith(InstallDocs.SECTION.end() + "\n\n## Licence\n\nMIT\n")
                .contains("com.example:weather:1.3.0").doesNotContain("0.9.0").doesNotContain("1.2.0");
        assertThat(InstallDocs.document("weather", "1.2.0", "Forecasts", released, TextTemplates.builtIn()))
                .startsWith("## Install weather 1.2.0\n\n- **Cursor**");
    }

    @Test
    void inspectionTableIsUnchanged() throws IOException {
        assertThat(InspectionReport.text(SERVER, TextTemplates.builtIn())).isEqualTo(golden("inspect-table.txt"));
    }

    @Test
    void junitReportIsUnchanged(@TempDir Path tmp) throws IOException {
        ReportFiles.write(REPORT, tmp);
        assertThat(Files.readString(tmp.resolve(ReportFiles.JUNIT))).isEqualTo(golden("validate-junit.xml"));
    }

    @Test
    void junitReportParsesBackToTheMessagesLessWhatXmlCannotHold(@TempDir Path tmp) throws Exception {
        String odd = "]]> <![CDATA[ & \"quoted\" \ud83d\ude00 bell\u0007 end";
        ReportFiles.write(new ValidationReport(List.of(new CheckResult("x.odd", Category.SECURITY, "odd", CheckResult.Status.FAIL,
                List.of(new Finding("x.odd", Severity.ERROR, odd, "", null)), null, 1)), false, 1), tmp);
        org.w3c.dom.Element failure = (org.w3c.dom.Element) javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(tmp.resolve(ReportFiles.JUNIT).toFile()).getElementsByTagName("failure").item(0);
        String kept = "]]> <![CDATA[ & \"quoted\" \ud83d\ude00 bell end";
        assertThat(failure.getAttribute("message")).isEqualTo(kept);
        assertThat(failure.getTextContent()).isEqualTo("ERROR: " + kept + "\n");
    }

    @Test
    void aProjectsTemplatesReplaceThePluginsAndTheMarkersStay(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve(ToolsDocs.TEMPLATE), "[#list tools as tool]\n- `[=tool.name]`\n[/#list]\n");
        Files.writeString(templates.resolve(InspectionReport.TEMPLATE), "[=server.name]: [=tables[0].rows?size] tools\n");
        TextTemplates project = new TextTemplates(templates);

        assertThat(ToolsDocs.section(SERVER, project))
                .isEqualTo(ToolsDocs.BEGIN + "\n- `forecast`\n- `ping`\n- `alerts`\n\n" + ToolsDocs.END);
        assertThat(InspectionReport.text(SERVER, project)).isEqualTo("weather: 3 tools\n");
        assertThat(new TextTemplates(templates.resolve("missing")).render(InspectionReport.TEMPLATE, java.util.Map.of("server", java.util.Map.of("name", "x"),
                "protocolVersions", List.of(), "tables", List.of()))).isEqualTo("x\n(* required)\n");
    }
}
