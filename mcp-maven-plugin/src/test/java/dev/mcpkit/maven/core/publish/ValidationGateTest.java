package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationGateTest {

    @TempDir
    Path tmp;

    private ReleaseAssets assets() throws PublishException {
        return ReleaseAssets.find(tmp.resolve("target/mcp"), ReleaseFixture.VERSION);
    }

    @Test
    void aPassedReportNewerThanTheJarLetsTheReleaseGo() throws Exception {
        new ReleaseFixture(tmp);
        assertThat(ValidationGate.problem(assets())).isEmpty();
    }

    @Test
    void noReportSaysHowToRunTheGate() throws Exception {
        new ReleaseFixture(tmp);
        Files.delete(tmp.resolve("target/mcp/validate-report.json"));
        assertThat(ValidationGate.problem(assets())).hasValueSatisfying(p -> assertThat(p)
                .startsWith("mcp:validate has not run on this build (no validate-report.json in ")
                .endsWith("run mvn verify mcp:publish (mcp:validate runs in verify) or mvn package mcp:validate mcp:publish"));
    }

    @Test
    void aFailedReportIsQuotedWithWhereItsFindingsAre() throws Exception {
        new ReleaseFixture(tmp).validated(false);
        assertThat(ValidationGate.problem(assets())).hasValueSatisfying(p -> assertThat(p)
                .startsWith("mcp:validate FAILED: 17 passed, 1 failed: fix what ")
                .contains("validate-report.json lists, then run mvn verify mcp:publish"));
    }

    @Test
    void aReportFromAnEarlierBuildDoesNotCount() throws Exception {
        new ReleaseFixture(tmp);
        Path jar = tmp.resolve("target/mcp/weather-1.2.0.jar");
        Path report = tmp.resolve("target/mcp/validate-report.json");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(report).toMillis() + 60_000));
        assertThat(ValidationGate.problem(assets())).hasValueSatisfying(p -> assertThat(p)
                .startsWith("the last mcp:validate report is older than weather-1.2.0.jar, so it is about an earlier build"));
    }

    @Test
    void anUnreadableReportIsNotAPass() throws Exception {
        new ReleaseFixture(tmp);
        Files.writeString(tmp.resolve("target/mcp/validate-report.json"), "{\"passed\": tru");
        Files.setLastModifiedTime(tmp.resolve("target/mcp/validate-report.json"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(ValidationGate.problem(assets())).hasValueSatisfying(p -> assertThat(p).startsWith("cannot read "));
    }
}
