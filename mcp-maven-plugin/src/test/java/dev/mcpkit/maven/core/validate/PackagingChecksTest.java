package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.mcpkit.maven.core.project.DeclaredVersion;
import dev.mcpkit.maven.core.publish.BundleSigning;
import dev.mcpkit.maven.core.release.DeclaredRelease;
import dev.mcpkit.maven.core.validate.checks.BundleSignatureCheck;
import dev.mcpkit.maven.core.validate.checks.EntryPointCheck;
import dev.mcpkit.maven.core.validate.checks.JavaReleaseCheck;
import dev.mcpkit.maven.core.validate.checks.PinnedVersionsCheck;
import dev.mcpkit.maven.core.validate.checks.PomMetadataCheck;
import org.junit.jupiter.api.Test;

class PackagingChecksTest extends WithProjectFixture {

    static List<String> messages(Findings f, Severity severity) {
        return f.list().stream().filter(x -> x.severity() == severity).map(Finding::message).toList();
    }

    @Test
    void aSignedBundleMustVerifyAndAnUnsignedOneNeedsNoSigner() throws Exception {
        Path bundle = Files.createDirectories(tmp.resolve("target/mcp")).resolve("fixture-1.2.0.mcpb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bundle))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"name\":\"fixture\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run(new BundleSignatureCheck(), project.model()).list()).extracting(Finding::message)
                .containsExactly("target/mcp/fixture-1.2.0.mcpb is unsigned (mcp:publish signs it)");

        ToolProvider signer = ToolProvider.findFirst(BundleSigning.TOOL).orElseThrow();
        assertThat(signer.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), "sign", bundle.toString(),
                "--self-signed", "Ada")).isZero();
        project.bundleVerifier = new BundleSigning(() -> signer);
        assertThat(run(new BundleSignatureCheck(), project.model()).list()).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                .satisfies(f -> assertThat(f.message()).startsWith("target/mcp/fixture-1.2.0.mcpb: valid signature by CN=Ada"));

        byte[] bytes = Files.readAllBytes(bundle);
        bytes[40] ^= 1;
        Files.write(bundle, bytes);
        Findings tampered = run(new BundleSignatureCheck(), project.model());
        assertThat(messages(tampered, Severity.ERROR)).singleElement().asString()
                .startsWith("target/mcp/fixture-1.2.0.mcpb carries a signature that does not verify: ");
        assertThat(tampered.list().get(0).fix()).contains("run mvn clean package to write it again");
    }

    @Test
    void completeMetadataPassesAndEachMissingElementIsNamed() throws Exception {
        assertThat(run(new PomMetadataCheck(), project.model()).list()).isEmpty();

        project.licenses = 0;
        project.scm = false;
        project.url = " ";
        project.organization = false;
        Findings f = run(new PomMetadataCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly("POM has no <url>", "POM has no <licenses>", "POM has no <scm>");
        assertThat(messages(f, Severity.WARNING)).containsExactly("POM has no <organization>");
        assertThat(f.list().get(0).fix()).contains("Maven Central");
    }

    @Test
    void undeclaredOrUncompiledMainClassFails() throws Exception {
        assertThat(run(new EntryPointCheck(), project.model()).list()).isEmpty();

        project.mainClass = null;
        assertThat(messages(run(new EntryPointCheck(), project.model()), Severity.ERROR)).containsExactly("no main class is declared");

        project.mainClass = "dev.example.Missing";
        assertThat(messages(run(new EntryPointCheck(), project.model()), Severity.ERROR))
                .containsExactly("main class dev.example.Missing does not exist in the build output");
    }

    @Test
    void aServerThatCannotDescribeItselfFailsTheEntryPoint() throws Exception {
        project.describable = false;
        assertThat(messages(run(new EntryPointCheck(), project.model()), Severity.ERROR))
                .containsExactly("the server did not start and describe itself: exit 1");
    }

    @Test
    void rangesLatestMissingPluginVersionsAndSnapshotsInAReleaseFail() throws Exception {
        assertThat(run(new PinnedVersionsCheck(), project.model()).list()).isEmpty();

        project.versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, "a:range", "[1.0,2.0)", "1.5"));
        project.versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, "a:latest", "LATEST", "3.0"));
        project.versions.add(new DeclaredVersion(DeclaredVersion.Kind.PLUGIN, "org.apache.maven.plugins:maven-jar-plugin", null, "2.4"));
        project.versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, "a:snap", "1.0-SNAPSHOT", "1.0-20260101.1"));
        Findings f = run(new PinnedVersionsCheck(), project.model());

        assertThat(messages(f, Severity.ERROR)).containsExactly(
                "dependency a:range uses the version range [1.0,2.0)",
                "dependency a:latest uses the version LATEST",
                "plugin org.apache.maven.plugins:maven-jar-plugin has no version; Maven picks one that can change",
                "dependency a:snap is a SNAPSHOT (1.0-SNAPSHOT) in the release 1.2.0");
    }

    @Test
    void aSnapshotProjectMayDependOnSnapshots() throws Exception {
        project.version = "1.3.0-SNAPSHOT";
        project.versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, "a:snap", "1.0-SNAPSHOT", "1.0-SNAPSHOT"));
        assertThat(run(new PinnedVersionsCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void javaReleaseMustBeDeclaredAndAtLeast17() throws Exception {
        assertThat(run(new JavaReleaseCheck(), project.model()).list()).isEmpty();

        project.javaRelease = DeclaredRelease.NONE;
        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR)).containsExactly("the Java release is not declared");

        project.javaRelease = ProjectFixture.release("11");
        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR))
                .containsExactly("the Java release is 11; mcpkit servers need 17 or newer");
    }

    @Test
    void aTargetAloneIsNoDeclaredReleaseForTheGateAndAReleaseThatIsNoNumberIsNamed() throws Exception {
        // the launchers take 17 from a target (JavaRelease), but the gate wants the release that also fixes the API
        project.javaRelease = new DeclaredRelease(null, null, null, "17", null);
        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR))
                .containsExactly("the Java release is not declared: maven.compiler.target 17 sets the class-file version,"
                        + " not the JDK API the server may call");
        project.javaRelease = new DeclaredRelease(null, "17", null, "17", null);
        assertThat(run(new JavaReleaseCheck(), project.model()).list()).isEmpty();

        project.javaRelease = ProjectFixture.release("seventeen");
        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR))
                .containsExactly("maven-compiler-plugin <release> is 'seventeen', not a Java release such as 17");
    }

    @Test
    void launchersRequiringAnotherReleaseThanTheProjectFail() throws Exception {
        project.packaged(21, "ok", List.of());
        Findings f = run(new JavaReleaseCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).containsExactly(
                "target/mcp/bin/fixture requires Java 21 but the project is compiled for 17",
                "target/mcp/bin/fixture.cmd requires Java 21 but the project is compiled for 17");

        project.packaged(17, "ok", List.of());
        assertThat(run(new JavaReleaseCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void aJBangSnippetRequiringAnotherReleaseFails() throws Exception {
        Path snippet = project.write("target/mcp/clients/cursor.json",
                "{\"mcpServers\":{\"fixture\":{\"command\":\"jbang\",\"args\":[\"--quiet\",\"--java\",\"21+\",\"dev.example:fixture:1.2.0\"]}}}");
        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR))
                .containsExactly("target/mcp/clients/cursor.json requires Java 21 but the project is compiled for 17");
        Files.delete(snippet);
    }

    @Test
    void everyJBangFormMcpPackageWritesIsCompared() throws Exception {
        project.write("target/mcp/clients/jbang/goose.yaml", "extensions:\n  fixture:\n    args:\n    - --quiet\n    - --java\n    - 21+\n");
        project.write("target/mcp/clients/jbang/claude-mcp-add.sh", "claude mcp add fixture -- jbang --quiet --java 21+ dev.example:fixture:1.2.0\n");
        project.write("target/mcp/jbang-catalog.json", "{\"aliases\":{\"fixture\":{\"script-ref\":\"dev.example:fixture:1.2.0\",\"java\": \"21+\"}}}");

        assertThat(messages(run(new JavaReleaseCheck(), project.model()), Severity.ERROR)).containsExactly(
                "target/mcp/jbang-catalog.json requires Java 21 but the project is compiled for 17",
                "target/mcp/clients/jbang/claude-mcp-add.sh requires Java 21 but the project is compiled for 17",
                "target/mcp/clients/jbang/goose.yaml requires Java 21 but the project is compiled for 17");
    }
}
