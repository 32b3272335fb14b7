package dev.mcpkit.jreleaser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bridge answers: to a wrong command line, to a configuration JReleaser will not take, to the config workflow. */
class JReleaserToolTest {
    @TempDir
    Path temporary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void missingRequiredArgumentReturnsTwoWithUsageOnErr() throws Exception {
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), "{}");

        int exit = run("--config", config.toString(), "--output-directory", temporary.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("mcpkit-jreleaser: --basedir is required", "Usage: mcpkit-jreleaser --config <jreleaser.json>");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownWorkflowAndArgumentAreNamedTogether() {
        int exit = run("--workflow", "ship-it", "--verbose", "--config", temporary.resolve("missing.json").toString(),
                "--basedir", temporary.toString(), "--output-directory", temporary.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(
                "--workflow ship-it is none of full-release|release|deploy|sign|checksum|assemble|config",
                "unknown argument --verbose",
                "--config " + temporary.resolve("missing.json") + " is no file");
    }

    @Test
    void variableOutsideJReleasersNamesIsRejectedWithoutEchoingItsValue() throws Exception {
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), "{}");

        int exit = run("--config", config.toString(), "--basedir", temporary.toString(), "--output-directory", temporary.toString(),
                "--env", "GITHUB_TOKEN=ghp-do-not-print");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--env GITHUB_TOKEN is no JReleaser variable").doesNotContain("ghp-do-not-print");
    }

    @Test
    void configurationJReleaserCannotReadReturnsOneWithItsReasonOnErr() throws Exception {
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), """
                {"project": {"name": "weather-mcp", "version": "1.2.0", "licence": "Apache-2.0"}}
                """);

        int exit = run("--config", config.toString(), "--basedir", temporary.toString(), "--output-directory", temporary.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Unrecognized field \"licence\"").doesNotContain("\tat ");
    }

    @Test
    void configurationJReleaserRejectsReturnsOneWithTheFindings() throws Exception {
        Path basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), """
                {
                  "project": {"name": "weather-mcp", "description": "Tells the weather", "license": "Apache-2.0",
                              "authors": ["Jane Doe"], "copyright": "2026 Jane Doe"},
                  "release": {"github": {"owner": "acme", "name": "weather-mcp"}},
                  "distributions": {"weather-mcp": {"type": "JAVA_BINARY",
                                    "artifacts": [{"path": "target/mcp/weather-mcp-1.2.0.zip"}]}}
                }
                """);

        int exit = run("--config", config.toString(), "--basedir", basedir.toString(), "--output-directory", temporary.toString(),
                "--workflow", "config");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("JReleaser has not been properly configured",
                "project.version must not be blank", "release.github.token must not be blank").doesNotContain("\tat ");
    }

    @Test
    void configWorkflowPrintsTheResolvedModelWithSecretsMasked() throws Exception {
        Path basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));

        int exit = run("--config", dryRunConfig().toString(), "--basedir", basedir.toString(), "--output-directory", temporary.toString(),
                "--workflow", "config",
                "--env", "JRELEASER_GITHUB_TOKEN=ghtoken-never-printed",
                "--env", "JRELEASER_GPG_SECRET_KEY=secret-key-never-printed",
                "--env", "JRELEASER_GPG_PASSPHRASE=passphrase-never-printed",
                "--env", "JRELEASER_MAVENCENTRAL_USERNAME=user-never-printed",
                "--env", "JRELEASER_MAVENCENTRAL_PASSWORD=password-never-printed");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tagName: v{{projectVersion}}", "formulaName: WeatherMcp", "token: ************", "secretKey: ************")
                .doesNotContain("never-printed");
    }

    @Test
    void configWorkflowNamesEveryMissingSecret() throws Exception {
        Path basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));

        int exit = run("--config", dryRunConfig().toString(), "--basedir", basedir.toString(), "--output-directory", temporary.toString(),
                "--workflow", "config", "--env", "JRELEASER_GITHUB_TOKEN=ghtoken-never-printed");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(
                "signing.pgp.secretKey must not be blank",
                "deploy.maven.mavenCentral.sonatype.username must not be blank",
                "deploy.maven.mavenCentral.sonatype.password must not be blank")
                .doesNotContain("release.github.token", "ghtoken-never-printed");
    }

    private Path dryRunConfig() throws IOException {
        String template;
        try (InputStream in = JReleaserToolTest.class.getResourceAsStream("/jreleaser.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.writeString(temporary.resolve("jreleaser.json"), template.replace("@LOOPBACK@", "http://127.0.0.1:1"));
    }

    @Test
    void deployOfAJarWithoutItsJavadocJarFailsOnCentralsRules() throws Exception {
        Path basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));
        Files.delete(basedir.resolve("target/staging-deploy/dev/example/weather-mcp/1.2.0/weather-mcp-1.2.0-javadoc.jar"));
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), """
                {
                  "project": {"name": "weather-mcp", "version": "1.2.0", "description": "Tells the weather",
                              "license": "Apache-2.0", "authors": ["Jane Doe"], "inceptionYear": "2026",
                              "links": {"homepage": "https://example.com/weather-mcp"},
                              "languages": {"java": {"groupId": "dev.example", "artifactId": "weather-mcp", "version": "17"}}},
                  "release": {"github": {"owner": "acme", "name": "weather-mcp"}},
                  "deploy": {"maven": {"mavenCentral": {"sonatype": {
                    "active": "ALWAYS", "url": "http://127.0.0.1:1/api/v1/publisher", "verifyUrl": "http://127.0.0.1:1/{{path}}/{{filename}}",
                    "sign": false, "verifyPom": false, "stagingRepositories": ["target/staging-deploy"]}}}}
                }
                """);

        int exit = run("--config", config.toString(), "--basedir", basedir.toString(), "--output-directory", temporary.toString(),
                "--workflow", "deploy", "--dry-run",
                "--env", "JRELEASER_MAVENCENTRAL_USERNAME=user", "--env", "JRELEASER_MAVENCENTRAL_PASSWORD=password");

        assertThat(exit).isEqualTo(1);
        // the finding is a log line on out; err gets JReleaser's verdict
        assertThat(out.toString()).contains("[ERROR]", "weather-mcp-1.2.0-javadoc.jar is missing");
        assertThat(err.toString()).contains("Rules for publishing to Maven Central were not met").doesNotContain("\tat ");
    }

    @Test
    void envArgumentWinsOverTheProjectsDotEnv() throws Exception {
        Path basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));
        Files.writeString(basedir.resolve(".env"), "JRELEASER_PROJECT_VERSION=9.9.9\n");
        Path config = Files.writeString(temporary.resolve("jreleaser.json"), """
                {"project": {"name": "weather-mcp", "description": "Tells the weather", "license": "Apache-2.0",
                             "authors": ["Jane Doe"], "inceptionYear": "2026",
                             "languages": {"java": {"groupId": "dev.example", "artifactId": "weather-mcp"}}},
                 "release": {"github": {"owner": "acme", "name": "weather-mcp"}}}
                """);

        int exit = run("--config", config.toString(), "--basedir", basedir.toString(), "--output-directory", temporary.toString(),
                "--workflow", "config", "--env", "JRELEASER_PROJECT_VERSION=1.2.0", "--env", "JRELEASER_GITHUB_TOKEN=token");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("version: 1.2.0").doesNotContain("9.9.9");
    }

    @Test
    void toolIsFoundByServiceLoaderUnderItsName() {
        assertThat(tool()).isInstanceOf(JReleaserTool.class);
    }

    private int run(String... args) {
        return tool().run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static ToolProvider tool() {
        return ServiceLoader.load(ToolProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("mcpkit-jreleaser"))
                .findFirst()
                .orElseThrow();
    }
}
