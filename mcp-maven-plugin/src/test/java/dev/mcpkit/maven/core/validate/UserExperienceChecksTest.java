package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.PackagingChecksTest.messages;
import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.validate.checks.ClientLaunchCheck;
import dev.mcpkit.maven.core.validate.checks.LaunchersCheck;
import dev.mcpkit.maven.core.validate.checks.ValidateConfigCheck;
import dev.mcpkit.maven.core.validate.checks.VersionHelpCheck;
import org.junit.jupiter.api.Test;

/**
 * Runs the fixture server through launchers rendered by LauncherWriter and the Claude Desktop snippet written by
 * ClientConfigs, as mcp:package lays them out; the client launch check runs them under env -i with no java on PATH.
 */
class UserExperienceChecksTest extends WithProjectFixture {

    @Test
    void versionAndHelpOfThePackagedLauncherPass() throws Exception {
        project.packaged(17, "ok", List.of());
        assertThat(run(new VersionHelpCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void aVersionOtherThanThePomsFails() throws Exception {
        project.packaged(17, "ok", List.of());
        project.version = "1.3.0";
        assertThat(messages(run(new VersionHelpCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .startsWith("target/mcp/bin/fixture --version prints 'fixture 1.2.0', not the POM version 1.3.0");
    }

    @Test
    void helpThatExitsNonZeroFails() throws Exception {
        project.packaged(17, "ok", List.of("-Dfixture.mode=bad-help"));
        assertThat(messages(run(new VersionHelpCheck(), project.model()), Severity.ERROR))
                .containsExactly("target/mcp/bin/fixture --help exits 2: no help");
    }

    @Test
    void withoutALauncherTheJarIsRun() throws Exception {
        ProjectFixture.writeFixtureJar(project.layout().jar());
        assertThat(ArtifactCommand.of(project.model()).description()).isEqualTo("java -jar target/fixture-1.2.0.jar");
        assertThat(run(new VersionHelpCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void validateConfigMustFailWithoutARequiredSetting() throws Exception {
        project.packaged(17, "ok", List.of());
        assertThat(run(new ValidateConfigCheck(), project.model()).list()).isEmpty();

        project.packaged(17, "ok", List.of("-Dfixture.mode=lenient-config"));
        assertThat(messages(run(new ValidateConfigCheck(), project.model()), Severity.ERROR)).containsExactly(
                "target/mcp/bin/fixture --validate-config exits 0 with an empty environment although API_KEY is required");
    }

    @Test
    void validateConfigMustSucceedWhenNothingIsRequired() throws Exception {
        project.settings.clear();
        project.settings.add(Setting.of("REGION", "Region", false, false));
        project.packaged(17, "ok", List.of());
        assertThat(messages(run(new ValidateConfigCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .startsWith("target/mcp/bin/fixture --validate-config exits 1 although no setting is required");
    }

    @Test
    void bothLaunchersMustBePresentAndThePosixOneExecutable() throws Exception {
        assertThat(messages(run(new LaunchersCheck(), project.model()), Severity.ERROR)).containsExactly(
                "the POSIX launcher target/mcp/bin/fixture is missing", "the Windows launcher target/mcp/bin/fixture.cmd is missing");

        project.packaged(17, "ok", List.of());
        assertThat(run(new LaunchersCheck(), project.model()).list()).isEmpty();

        Files.setPosixFilePermissions(tmp.resolve("target/mcp/bin/fixture"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(messages(run(new LaunchersCheck(), project.model()), Severity.ERROR)).containsExactly("target/mcp/bin/fixture is not executable");
    }

    @Test
    void theClaudeDesktopCommandStartsWithoutJavaOnThePath() throws Exception {
        project.packaged(17, "ok", List.of());
        Findings f = run(new ClientLaunchCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).isEmpty();
        assertThat(messages(f, Severity.INFO)).singleElement().asString().startsWith("initialize + tools/list answered in ");
    }

    @Test
    void aServerPrintingToStdoutAtStartupFails() throws Exception {
        project.packaged(17, "stdout", List.of());
        Findings f = run(new ClientLaunchCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).singleElement().asString()
                .endsWith("wrote something other than JSON-RPC to stdout: 'Starting fixture server on stdio'");
        assertThat(f.list().get(0).fix()).contains("stderr");
    }

    @Test
    void aServerThatNeedsJavaHomeFails() throws Exception {
        project.packaged(17, "java-home", List.of());
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .contains("exited (1) before answering initialize: it needs JAVA_HOME or java on PATH, which Claude Desktop does not provide")
                .contains("fixture: JAVA_HOME is not set");
    }

    @Test
    void aLauncherThatNeedsJavaHomeFails() throws Exception {
        project.packaged(17, "ok", List.of());
        // what a hand-written launcher often does: rely on JAVA_HOME, which GUI clients do not set
        Path launcher = tmp.resolve("target/mcp/bin/fixture");
        Files.writeString(launcher, "#!/bin/sh\nexec \"${JAVA_HOME:?JAVA_HOME is not set}/bin/java\" -jar \"$(dirname \"$0\")/../lib/fixture-1.2.0.jar\" \"$@\"\n");
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .contains("before answering initialize: it needs JAVA_HOME or java on PATH");
    }

    @Test
    void aServerThatHangsFailsWithinTheBudget() throws Exception {
        project.packaged(17, "hang", List.of());
        project.budget = Duration.ofSeconds(2);
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .endsWith("did not answer initialize within 2 s (Claude Desktop gives up)");
    }

    @Test
    void anExceptionOnStderrFails() throws Exception {
        project.packaged(17, "exception", List.of());
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR)).singleElement().asString()
                .endsWith("logged an exception on stderr at startup: java.lang.IllegalStateException: cache directory is not writable");
    }

    @Test
    void aMissingSnippetOrAnotherServerNameFails() throws Exception {
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR))
                .containsExactly("target/mcp/clients/claude-desktop.json is missing, so the command Claude Desktop would run is unknown");

        project.write("target/mcp/clients/claude-desktop.json", "{\"mcpServers\":{\"other\":{\"command\":\"/bin/true\"}}}");
        assertThat(messages(run(new ClientLaunchCheck(), project.model()), Severity.ERROR))
                .containsExactly("target/mcp/clients/claude-desktop.json names the server 'other', not 'fixture'");
    }
}
