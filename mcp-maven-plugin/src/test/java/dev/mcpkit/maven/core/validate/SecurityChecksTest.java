package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.PackagingChecksTest.messages;
import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPOutputStream;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.validate.checks.DotEnvExcludedCheck;
import dev.mcpkit.maven.core.validate.checks.EnvExampleCheck;
import dev.mcpkit.maven.core.validate.checks.HardcodedCredentialsCheck;
import dev.mcpkit.maven.core.validate.checks.InputSchemasCheck;
import dev.mcpkit.maven.core.validate.checks.SettingsDocumentedCheck;
import org.junit.jupiter.api.Test;

class SecurityChecksTest extends WithProjectFixture {

    @Test
    void credentialsInSourcesResourcesAndThePomAreReportedWithFileAndLineMasked() throws Exception {
        String aws = SecretScannerTest.aws();
        String gh = SecretScannerTest.github();
        project.write("src/main/java/dev/example/Keys.java", "class Keys {\n  static final String K = \"" + gh + "\";\n}\n");
        project.write("src/main/resources/app.yml", "db:\n  user: app\n  aws: " + aws + "\n");
        project.write("pom.xml", "<project>\n<properties>\n<api.token>" + SecretScannerTest.random(SecretScannerTest.ALNUM, 20) + "9</api.token>\n</properties>\n</project>\n");
        project.write("src/test/resources/fixture.properties", "aws=" + SecretScannerTest.aws() + "\n");

        Findings f = run(new HardcodedCredentialsCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly(
                "pom.xml:3: secret-named literal " + f.list().get(0).message().split(" ")[3] + " (21 chars) [secret-assignment]",
                "src/main/java/dev/example/Keys.java:2: GitHub token ghp_****… (40 chars) [github-token]",
                "src/main/resources/app.yml:3: AWS access key AKIA****… (20 chars) [aws-access-key]");
        assertThat(f.list()).allSatisfy(x -> assertThat(x.message()).doesNotContain(aws).doesNotContain(gh));
        assertThat(f.list().get(1).location()).isEqualTo("src/main/java/dev/example/Keys.java:2");
    }

    @Test
    void aKeyOnlyInsideTheJarIsReportedByEntry() throws Exception {
        String key = SecretScannerTest.github();
        writeJar(project.layout().jar(), Map.of("deploy.properties", "token=" + key + "\n", "dev/example/Main.class", "\u00ca\u00fe" + key));
        // the class is the project's own only when target/classes has it; a dependency's class is not scanned
        Findings f = run(new HardcodedCredentialsCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly("target/fixture-1.2.0.jar!/deploy.properties:1: GitHub token ghp_****… (40 chars) [github-token]");

        project.write("target/classes/dev/example/Main.class", "x");
        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR)).hasSize(1);
        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR).get(0)).contains("GitHub token");
    }

    @Test
    void anAllowListEntryWithAReasonSilencesAFileOrOneRule() throws Exception {
        project.write("src/main/resources/demo.properties", "demo.jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJlLWRlbW8\naws=" + SecretScannerTest.aws() + "\n");

        project.allowed.add(new AllowedSecret("src/main/resources/demo.properties", "jwt", "public demo token of the sandbox"));
        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR)).singleElement()
                .asString().contains("AWS access key");

        project.allowed.add(new AllowedSecret("src/main/resources/", null, "fixtures of the demo mode"));
        assertThat(run(new HardcodedCredentialsCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void anAllowListEntryWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> new AllowedSecret("src/main/resources/demo.properties", null, " "))
                .hasMessage("<allowedSecrets>: the entry for src/main/resources/demo.properties has no <reason>; say why the value is not a real credential");
    }

    @Test
    void envExampleMustExistAndListEverySetting() throws Exception {
        assertThat(run(new EnvExampleCheck(), project.model()).list()).isEmpty();

        project.settings.add(Setting.of("REGION", "Region", false, false));
        assertThat(messages(run(new EnvExampleCheck(), project.model()), Severity.ERROR)).containsExactly(".env.example does not list the setting REGION");

        project.write(".env.example", "API_KEY=\n# REGION=eu\n");
        assertThat(run(new EnvExampleCheck(), project.model()).list()).isEmpty();

        Files.delete(tmp.resolve(".env.example"));
        assertThat(messages(run(new EnvExampleCheck(), project.model()), Severity.ERROR)).containsExactly(".env.example is missing");
    }

    @Test
    void gitignoreMustIgnoreDotEnvInAnyOfTheUsualSpellings() throws Exception {
        assertThat(run(new DotEnvExcludedCheck(), project.model()).list()).isEmpty();
        for (String ignoring : List.of("/.env\n", ".env*\n", "*.env\n", "**/.env\n")) {
            project.write(".gitignore", ignoring);
            assertThat(run(new DotEnvExcludedCheck(), project.model()).list()).as(ignoring).isEmpty();
        }
        for (String notIgnoring : List.of("target/\n", ".env.local\n", ".env\n!.env\n", "")) {
            project.write(".gitignore", notIgnoring);
            assertThat(messages(run(new DotEnvExcludedCheck(), project.model()), Severity.ERROR)).as(notIgnoring)
                    .containsExactly(".gitignore does not ignore .env");
        }
    }

    @Test
    void aDotEnvTrackedByGitFails() throws Exception {
        assumeThat(git("--version")).isZero();
        project.write(".env", "API_KEY=x\n");
        assertThat(git("init", "-q")).isZero();
        assertThat(git("add", "-f", ".env")).isZero();

        assertThat(messages(run(new DotEnvExcludedCheck(), project.model()), Severity.ERROR)).containsExactly("git tracks .env");
    }

    @Test
    void aDotEnvInsideTheJarOrAnArchiveFails() throws Exception {
        writeJar(tmp.resolve("target/mcp/fixture-1.2.0.jar"), Map.of(".env", "API_KEY=x\n"));
        writeTarGz(tmp.resolve("target/mcp/fixture-1.2.0.tar.gz"), "fixture-1.2.0/.env");

        assertThat(messages(run(new DotEnvExcludedCheck(), project.model()), Severity.ERROR)).containsExactly(
                "target/mcp/fixture-1.2.0.jar contains .env (real settings, possibly secrets)",
                "target/mcp/fixture-1.2.0.tar.gz contains fixture-1.2.0/.env (real settings, possibly secrets)");
    }

    @Test
    void everySettingMustBeNamedInTheReadme() throws Exception {
        assertThat(run(new SettingsDocumentedCheck(), project.model()).list()).isEmpty();

        project.settings.add(Setting.of("API_KEY_2", "Second key", false, true));
        assertThat(messages(run(new SettingsDocumentedCheck(), project.model()), Severity.ERROR))
                .containsExactly("the setting API_KEY_2 is not documented in README.md");
    }

    @Test
    void untypedSchemasAndUndescribedArgumentsFailAndMapArgumentsWarn() throws Exception {
        assertThat(run(new InputSchemasCheck(), project.model()).list()).isEmpty();

        project.tools.add(ProjectFixture.tool("raw", "{}"));
        project.tools.add(ProjectFixture.tool("tag", "{\"type\":\"object\",\"properties\":{\"labels\":{\"description\":\"Labels\"},"
                + "\"city\":{\"type\":\"string\"},\"opts\":{\"type\":\"object\",\"description\":\"Options\"}}}"));
        Findings f = run(new InputSchemasCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly("tool raw has no typed inputSchema (type: object)",
                "tool tag argument city has no description");
        assertThat(messages(f, Severity.WARNING)).containsExactly("tool tag argument labels is untyped (Map/Object): any value passes",
                "tool tag argument opts is untyped (Map/Object): any value passes");
    }

    @Test
    void checksThatNeedTheDescriptionSayWhyTheyDidNotRun() throws Exception {
        project.describable = false;
        Findings f = run(new InputSchemasCheck(), project.model());
        assertThat(f.list()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).contains("see packaging.entry-point");
        });
    }

    private int git(String... args) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        line.addAll(List.of(args));
        try {
            return new ProcessBuilder(line).directory(tmp.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    static void writeJar(Path jar, Map<String, String> entries) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                jos.putNextEntry(new JarEntry(e.getKey()));
                jos.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
                jos.closeEntry();
            }
        }
    }

    /** A one-entry ustar archive, gzipped. */
    static void writeTarGz(Path file, String name) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] header = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, header, 0, n.length);
        byte[] size = "00000000000\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(size, 0, header, 124, size.length);
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, header, 257, 6);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(header);
            out.write(new byte[1024]);
        }
    }
}
