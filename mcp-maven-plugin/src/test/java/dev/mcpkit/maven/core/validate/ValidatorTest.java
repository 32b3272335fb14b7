package dev.mcpkit.maven.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.validate.checks.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidatorTest {

    @TempDir
    Path tmp;

    /** A check that reports what it is told to. */
    record Fixed(String id, Category category, Severity severity) implements Check {
        @Override
        public String title() {
            return id + " title";
        }

        @Override
        public void run(ProjectModel model, Findings findings) {
            if (severity != null) {
                findings.add(severity, id + " found something", "fix " + id, null);
            }
        }
    }

    private ValidationReport validate(List<SkipEntry> skips, boolean strict, Check... checks) throws Exception {
        return new Validator(List.of(checks)).validate(new ProjectFixture(tmp).model(), skips, strict);
    }

    @Test
    void everyCheckHasAUniqueDottedIdInItsCategory() {
        List<String> ids = Checks.all().stream().map(Check::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(21).allMatch(id -> id.matches("(packaging|security|ux|docs|consistency)\\.[a-z-]+"));
    }

    @Test
    void errorsFailWarningsPassUnlessStrict() throws Exception {
        ValidationReport warn = validate(List.of(), false, new Fixed("a.one", Category.PACKAGING, Severity.WARNING),
                new Fixed("a.two", Category.PACKAGING, Severity.INFO));
        assertThat(warn.failed()).isFalse();
        assertThat(warn.results()).extracting(CheckResult::status).containsExactly(CheckResult.Status.WARN, CheckResult.Status.PASS);

        assertThat(validate(List.of(), true, new Fixed("a.one", Category.PACKAGING, Severity.WARNING)).failed()).isTrue();
        assertThat(validate(List.of(), false, new Fixed("a.one", Category.PACKAGING, Severity.ERROR)).failed()).isTrue();
    }

    @Test
    void skippedChecksDoNotRunAndKeepTheirReason() throws Exception {
        ValidationReport report = validate(List.of(new SkipEntry("a.one", "not applicable here")), false,
                new Fixed("a.one", Category.PACKAGING, Severity.ERROR));
        assertThat(report.failed()).isFalse();
        assertThat(report.results().get(0).status()).isEqualTo(CheckResult.Status.SKIPPED);
        assertThat(report.results().get(0).skipReason()).isEqualTo("not applicable here");
    }

    @Test
    void skipEntriesNeedAKnownIdAndAReason() {
        assertThatThrownBy(() -> new SkipEntry("ux.launchers", "")).hasMessageContaining("the entry for ux.launchers has no <reason>");
        assertThatThrownBy(() -> new SkipEntry(null, "why")).hasMessageContaining("has no <id>");
        assertThatThrownBy(() -> validate(List.of(new SkipEntry("ux.nothing", "why")), false, new Fixed("a.one", Category.PACKAGING, null)))
                .hasMessage("<skipChecks>: there is no check 'ux.nothing'; the ids are a.one");
    }

    @Test
    void aCheckThatThrowsFailsAloneAndTheOthersStillRun() throws Exception {
        Check fine = new Fixed("a.fine", Category.PACKAGING, null);
        Check throwing = new Check() {
            public String id() {
                return "a.throws";
            }

            public Category category() {
                return Category.SECURITY;
            }

            public String title() {
                return "throws";
            }

            public void run(ProjectModel model, Findings findings) {
                throw new IllegalStateException("bug");
            }
        };
        ValidationReport report = new Validator(List.of(throwing, fine)).validate(new ProjectFixture(tmp).model(), List.of(), false);
        assertThat(report.results()).extracting(CheckResult::status).containsExactly(CheckResult.Status.FAIL, CheckResult.Status.PASS);
        assertThat(report.results().get(0).findings().get(0).message()).contains("the check itself failed: java.lang.IllegalStateException: bug");
    }

    @Test
    void theTableGroupsByCategoryAndEndsWithTheSummary() throws Exception {
        ValidationReport report = validate(List.of(new SkipEntry("c.three", "why not")), false,
                new Fixed("b.two", Category.SECURITY, Severity.ERROR), new Fixed("a.one", Category.PACKAGING, null),
                new Fixed("c.three", Category.DOCUMENTATION, null));
        List<String> lines = ConsoleTable.lines(report);

        assertThat(lines).containsExactly(
                "Packaging",
                "  pass  a.one    a.one title",
                "Security",
                "  FAIL  b.two    b.two found something",
                "                   fix: fix b.two",
                "Documentation",
                "  skip  c.three  skipped: why not",
                lines.get(lines.size() - 1));
        assertThat(lines.get(lines.size() - 1)).startsWith("mcp:validate FAILED: 1 passed, 0 warnings, 1 failed, 1 skipped of 3 checks in ");
    }

    @Test
    void reportsAreWrittenAsJsonAndJUnitXml() throws Exception {
        ValidationReport report = validate(List.of(new SkipEntry("c.three", "why <not>")), false,
                new Fixed("b.two", Category.SECURITY, Severity.ERROR), new Fixed("a.one", Category.PACKAGING, Severity.WARNING),
                new Fixed("c.three", Category.DOCUMENTATION, null));
        ReportFiles.write(report, tmp.resolve("out"));

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("out/validate-report.json")));
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("checks").get(0).path("id").asString()).isEqualTo("b.two");
        assertThat(json.path("checks").get(0).path("findings").get(0).path("fix").asString()).isEqualTo("fix b.two");
        assertThat(json.path("checks").get(2).path("skipReason").asString()).isEqualTo("why <not>");

        String junit = Files.readString(tmp.resolve("out/validate-junit.xml"));
        assertThat(junit).contains("<testsuite name=\"mcp:validate\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\"")
                .contains("<testcase classname=\"mcp.validate.security\" name=\"b.two\"")
                .contains("<failure message=\"b.two found something\">ERROR: b.two found something\n  fix: fix b.two\n</failure>")
                .contains("<skipped message=\"why &lt;not&gt;\"/>")
                .contains("<system-out>WARNING: a.one found something");
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(tmp.resolve("out/validate-junit.xml").toFile()).getDocumentElement().getAttribute("tests")).isEqualTo("3");
    }
}
