package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.PackagingChecksTest.messages;
import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.packaging.ArchiveEntry;
import dev.mcpkit.maven.core.packaging.TarGzWriter;
import dev.mcpkit.maven.core.packaging.ZipWriter;
import dev.mcpkit.maven.core.validate.checks.DotEnvExcludedCheck;
import dev.mcpkit.maven.core.validate.checks.EnvExampleCheck;
import dev.mcpkit.maven.core.validate.checks.HardcodedCredentialsCheck;
import dev.mcpkit.maven.core.validate.checks.InputSchemasCheck;
import dev.mcpkit.maven.core.validate.checks.ProtocolErasCheck;
import dev.mcpkit.maven.core.validate.checks.ToolHintsCheck;
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
    void everyArchiveThatShipsIsScannedEntryByEntryAndTheJarsInsideItToo() throws Exception {
        String stripe = "sk_live_" + SecretScannerTest.random(SecretScannerTest.ALNUM, 24);
        String hf = "hf_" + SecretScannerTest.random(SecretScannerTest.LETTERS, 34);
        String webhook = "https://hooks.slack.com/services/T" + SecretScannerTest.random(SecretScannerTest.UPPER, 8) + "/B"
                + SecretScannerTest.random(SecretScannerTest.UPPER, 10) + "/" + SecretScannerTest.random(SecretScannerTest.ALNUM, 24);
        String npm = "npm_" + SecretScannerTest.random(SecretScannerTest.ALNUM, 36);
        writeZip(tmp.resolve("target/mcp/fixture-1.2.0.zip"), Map.of("fixture-1.2.0/config/app.properties", "mode=live\nstripe=" + stripe + "\n"));
        writeTarGz(tmp.resolve("target/mcp/fixture-1.2.0.tar.gz"), Map.of("fixture-1.2.0/bin/fixture", "#!/bin/sh\n# start\nexec java -Dhf=" + hf + " -jar x.jar\n"));
        writeZip(tmp.resolve("target/mcp/fixture-1.2.0.mcpb"), Map.of("manifest.json", "{\n  \"hook\": \"" + webhook + "\"\n}\n",
                "server/lib/extra.jar", zip(Map.of("deploy.properties", "registry.auth=" + npm + "\n"))));

        Findings f = run(new HardcodedCredentialsCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly(
                "target/mcp/fixture-1.2.0.mcpb!/manifest.json:2: Slack webhook URL " + SecretScanner.mask(webhook) + " [slack-webhook]",
                "target/mcp/fixture-1.2.0.mcpb!/server/lib/extra.jar!/deploy.properties:1: npm access token npm_****… (40 chars) [npm-token]",
                "target/mcp/fixture-1.2.0.tar.gz!/fixture-1.2.0/bin/fixture:3: Hugging Face token " + SecretScanner.mask(hf) + " [huggingface-token]",
                "target/mcp/fixture-1.2.0.zip!/fixture-1.2.0/config/app.properties:2: Stripe live key sk_l****… (32 chars) [stripe-key]");
        assertThat(f.list()).allSatisfy(x -> assertThat(x.message()).doesNotContain(stripe).doesNotContain(hf.substring(4))
                .doesNotContain(webhook).doesNotContain(npm));

        project.allowed.add(new AllowedSecret("target/mcp/fixture-1.2.0.mcpb", null, "the bundle's demo configuration"));
        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR)).hasSize(2)
                .noneMatch(m -> m.contains(".mcpb"));
    }

    @Test
    void theDocumentsTheArchivesCarryAreScannedAndOtherProjectFilesAreNot() throws Exception {
        project.write("README.md", "# fixture\n\nGoogle sign-in: GOCSPX-" + SecretScannerTest.random(SecretScannerTest.B64, 28) + "\n");
        project.write("NOTICE", "SG." + SecretScannerTest.random(SecretScannerTest.B64, 22) + "." + SecretScannerTest.random(SecretScannerTest.B64, 43) + "\n");
        project.write(".env.example", "# Key of the service\nAPI_KEY=sk-proj-" + SecretScannerTest.random(SecretScannerTest.B64, 40) + "\n");
        project.write("CONTRIBUTING.md", "token: " + SecretScannerTest.github() + "\n");
        project.write("docs/setup.md", "token: " + SecretScannerTest.github() + "\n");

        Findings f = run(new HardcodedCredentialsCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).extracting(m -> m.substring(0, m.indexOf(':', m.indexOf(':') + 1)))
                .containsExactly(".env.example:2", "NOTICE:1", "README.md:3");
    }

    @Test
    void keyFilesThatShipFailByNameAPemByItsKeyBlockAndACertificateOrPublicKeyPasses() throws Exception {
        project.write("src/main/resources/id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + SecretScannerTest.random(SecretScannerTest.B64, 64) + "\n");
        project.write("src/main/resources/id_rsa.pub", "ssh-ed25519 " + SecretScannerTest.random(SecretScannerTest.B64, 68) + " ci@example.dev\n");
        Files.createDirectories(tmp.resolve("src/main/resources/tls"));
        Files.write(tmp.resolve("src/main/resources/tls/server.p12"), randomBytes(64));
        project.write("src/main/resources/tls/server.pem", "-----BEGIN PRIVATE KEY-----\n" + SecretScannerTest.random(SecretScannerTest.B64, 64) + "\n");
        project.write("src/main/resources/tls/ca.pem", "-----BEGIN CERTIFICATE-----\n" + SecretScannerTest.random(SecretScannerTest.B64, 64) + "\n");
        writeZip(tmp.resolve("target/mcp/fixture-1.2.0.zip"), Map.of("fixture-1.2.0/conf/signing.jks", randomBytes(48)));

        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR)).containsExactly(
                "src/main/resources/id_rsa: private key or keystore file (101 bytes) [key-file]",
                "src/main/resources/tls/server.p12: private key or keystore file (64 bytes) [key-file]",
                "src/main/resources/tls/server.pem:1: private key block -----BEGIN PRIVATE KEY----- [private-key]",
                "target/mcp/fixture-1.2.0.zip!/fixture-1.2.0/conf/signing.jks: private key or keystore file (48 bytes) [key-file]");

        project.allowed.add(new AllowedSecret("src/main/resources/tls/server.p12", "key-file", "the demo mode's self-signed keystore"));
        project.allowed.add(new AllowedSecret("target/mcp/fixture-1.2.0.zip!/fixture-1.2.0/conf/signing.jks", null, "a public truststore"));
        assertThat(messages(run(new HardcodedCredentialsCheck(), project.model()), Severity.ERROR)).hasSize(2)
                .noneMatch(m -> m.contains("server.p12") || m.contains("signing.jks"));
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
    void aDotEnvInsideTheJarOrAnArchiveOrAJarInsideAnArchiveFails() throws Exception {
        writeJar(tmp.resolve("target/mcp/fixture-1.2.0.jar"), Map.of(".env", "API_KEY=x\n"));
        writeTarGz(tmp.resolve("target/mcp/fixture-1.2.0.tar.gz"), Map.of("fixture-1.2.0/.env", ""));
        writeZip(tmp.resolve("target/mcp/fixture-1.2.0.zip"), Map.of("fixture-1.2.0/lib/extra.jar", zip(Map.of("config/.env", "A=1\n"))));

        assertThat(messages(run(new DotEnvExcludedCheck(), project.model()), Severity.ERROR)).containsExactly(
                "target/mcp/fixture-1.2.0.jar contains .env (real settings, possibly secrets)",
                "target/mcp/fixture-1.2.0.tar.gz contains fixture-1.2.0/.env (real settings, possibly secrets)",
                "target/mcp/fixture-1.2.0.zip contains fixture-1.2.0/lib/extra.jar!/config/.env (real settings, possibly secrets)");
    }

    @Test
    void dotEnvVariantsInResourcesOrAnArchiveFailAndTheExampleShips() throws Exception {
        project.write("src/main/resources/.env.production", "API_KEY=x\n");
        project.write("src/main/resources/config/.env.local", "API_KEY=y\n");
        project.write("src/main/resources/.env.example", "API_KEY=\n");
        writeTarGz(tmp.resolve("target/mcp/fixture-1.2.0.tar.gz"), Map.of("fixture-1.2.0/.env.example", "API_KEY=\n",
                "fixture-1.2.0/.env.staging", "API_KEY=z\n"));

        assertThat(messages(run(new DotEnvExcludedCheck(), project.model()), Severity.ERROR)).containsExactly(
                "src/main/resources/.env.production would be packaged (real settings, possibly secrets)",
                "src/main/resources/config/.env.local would be packaged (real settings, possibly secrets)",
                "target/mcp/fixture-1.2.0.tar.gz contains fixture-1.2.0/.env.staging (real settings, possibly secrets)");
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
    void aToolThatMayChangeThingsMustSayWhetherItIsDestructive() throws Exception {
        project.tools.clear();
        String schema = "{\"type\":\"object\"}";
        project.tools.add(ProjectFixture.tool("lookup", schema, "{\"readOnlyHint\":true}"));
        project.tools.add(ProjectFixture.tool("purge", schema, "{\"destructiveHint\":true}"));
        project.tools.add(ProjectFixture.tool("touch", schema, "{\"destructiveHint\":false,\"idempotentHint\":true}"));
        project.tools.add(ProjectFixture.tool("mystery", schema, "{\"idempotentHint\":true}"));
        project.tools.add(ProjectFixture.tool("bare", schema, null));
        Findings f = run(new ToolHintsCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).isEmpty();
        assertThat(messages(f, Severity.WARNING)).containsExactly(
                "tool mystery may change things but says neither read-only nor destructive: clients treat it as destructive",
                "tool bare may change things but says neither read-only nor destructive: clients treat it as destructive");
    }

    @Test
    void theProtocolErasTheServerAnswersAreReportedAndOneWithoutInitializeIsAWarning() throws Exception {
        project.protocolVersions = List.of("2026-07-28", "2025-11-25", "2025-06-18");
        assertThat(run(new ProtocolErasCheck(), project.model()).list()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).isEqualTo("serves MCP 2026-07-28 (stateless), 2025-11-25, 2025-06-18 (after initialize)");
        });
        project.protocolVersions = List.of("2025-11-25");
        assertThat(run(new ProtocolErasCheck(), project.model()).list()).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.message()).contains("2025-11-25 (after initialize) only: a client of 2026-07-28 must fall back to initialize");
        });
        project.protocolVersions = List.of("2026-07-28");
        assertThat(messages(run(new ProtocolErasCheck(), project.model()), Severity.WARNING)).singleElement().asString()
                .contains("2026-07-28 (stateless): clients that start with initialize");
        project.describable = false;
        assertThat(run(new ProtocolErasCheck(), project.model()).list()).singleElement().satisfies(x ->
                assertThat(x.message()).contains("see packaging.entry-point"));
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

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Entries as mcp:package writes them, in name order: text, or the bytes of a nested archive. */
    static List<ArchiveEntry> entries(Map<String, ?> files) {
        return new java.util.TreeMap<>(files).entrySet().stream().map(e -> new ArchiveEntry(e.getKey(),
                e.getValue() instanceof byte[] bytes ? bytes : e.getValue().toString().getBytes(StandardCharsets.UTF_8), false)).toList();
    }

    static byte[] zip(Map<String, ?> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipWriter.write(out, entries(files), Instant.EPOCH);
        return out.toByteArray();
    }

    static void writeZip(Path file, Map<String, ?> files) throws IOException {
        ZipWriter.write(file, entries(files), Instant.EPOCH);
    }

    static void writeTarGz(Path file, Map<String, ?> files) throws IOException {
        TarGzWriter.write(file, entries(files), Instant.EPOCH);
    }
}
