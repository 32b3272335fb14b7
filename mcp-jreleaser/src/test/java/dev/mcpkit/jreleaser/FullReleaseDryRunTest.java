package dev.mcpkit.jreleaser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ProxySelector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One dry run of a full release, with the configuration as mcp:publish writes it, on a project as mcp:package
 * leaves it, through the bridge loaded as mcp:publish loads it; then what JReleaser left on disk, checked with
 * gpg and sha256sum. The configuration's remote services are a loopback server, which a dry run must not ask
 * anything; any other URL the bridge itself refuses on loopback.
 */
class FullReleaseDryRunTest {
    private static final String TOKEN = "ghtoken-" + UUID.randomUUID();
    private static final String CENTRAL_USER = "central-user-" + UUID.randomUUID();
    private static final String CENTRAL_PASSWORD = "central-password-" + UUID.randomUUID();

    @TempDir
    static Path temporary;

    private static Path basedir;
    private static Path mcp;
    private static Path jreleaser;
    private static Path staged;
    private static ThrowAwayKey key;
    private static int exitCode;
    private static String out;
    private static String err;
    private static List<String> remoteRequests;

    @BeforeAll
    static void dryRunAFullRelease() throws Exception {
        basedir = FakeMcpProject.create(temporary.resolve("weather-mcp"));
        mcp = basedir.resolve("target/mcp");
        jreleaser = basedir.resolve("target/jreleaser");
        staged = basedir.resolve("target/staging-deploy/dev/example/weather-mcp/1.2.0");
        key = ThrowAwayKey.generate(temporary.resolve("gnupg"));
        try (LoopbackHttpServer remote = new LoopbackHttpServer()) {
            StringWriter outWriter = new StringWriter();
            StringWriter errWriter = new StringWriter();
            long start = System.nanoTime();
            exitCode = IsolatedTool.run(new PrintWriter(outWriter), new PrintWriter(errWriter),
                    "--config", writeConfig(remote).toString(),
                    "--basedir", basedir.toString(),
                    "--output-directory", basedir.resolve("target").toString(),
                    "--dry-run",
                    "--env", "JRELEASER_GPG_PUBLIC_KEY=" + key.armoredPublicKey(),
                    "--env", "JRELEASER_GPG_SECRET_KEY=" + key.armoredSecretKey(),
                    "--env", "JRELEASER_GPG_PASSPHRASE=" + key.passphrase(),
                    "--env", "JRELEASER_GITHUB_TOKEN=" + TOKEN,
                    "--env", "JRELEASER_MAVENCENTRAL_USERNAME=" + CENTRAL_USER,
                    "--env", "JRELEASER_MAVENCENTRAL_PASSWORD=" + CENTRAL_PASSWORD);
            System.out.printf("dry run of full-release: exit %d in %d ms%n", exitCode, (System.nanoTime() - start) / 1_000_000);
            out = outWriter.toString();
            err = errWriter.toString();
            remoteRequests = remote.requests();
        }
    }

    @AfterAll
    static void stopGpgAgent() throws Exception {
        key.close();
    }

    @Test
    void succeedsWithItsLogOnOutAndNothingOnErr() {
        assertThat(exitCode).as(out + err).isZero();
        assertThat(out).contains("[INFO]  dry-run set to true", "JReleaser succeeded");
        assertThat(err).isEmpty();
    }

    @Test
    void checksumsFileListsEveryArtifactAndSha256sumAgrees() throws Exception {
        Path checksums = jreleaser.resolve("checksums/checksums_sha256.txt");
        assertThat(Files.readAllLines(checksums)).extracting(line -> line.substring(66)).containsExactlyInAnyOrder(
                "server.json", "weather-mcp-1.2.0.mcpb", "weather-mcp-1.2.0.zip", "weather-mcp-1.2.0.tar.gz");
        ExternalCommand check = ExternalCommand.run(mcp, Map.of(), "sha256sum", "--check", "--strict", checksums.toString());
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("weather-mcp-1.2.0.zip: OK", "server.json: OK");
        assertThat(Files.readString(jreleaser.resolve("checksums/server.json.sha256")).strip()).isEqualTo(sha256(mcp.resolve("server.json")));
        assertThat(Files.readString(jreleaser.resolve("checksums/weather-mcp/weather-mcp-1.2.0.zip.sha256")).strip())
                .isEqualTo(sha256(mcp.resolve("weather-mcp-1.2.0.zip")));
    }

    @Test
    void everyArtifactAndTheChecksumsFileCarryASignatureThatGpgAccepts() throws Exception {
        Map<String, Path> signed = Map.of(
                "server.json", mcp.resolve("server.json"),
                "weather-mcp-1.2.0.mcpb", mcp.resolve("weather-mcp-1.2.0.mcpb"),
                "weather-mcp-1.2.0.zip", mcp.resolve("weather-mcp-1.2.0.zip"),
                "weather-mcp-1.2.0.tar.gz", mcp.resolve("weather-mcp-1.2.0.tar.gz"),
                "checksums_sha256.txt", jreleaser.resolve("checksums/checksums_sha256.txt"));
        for (Map.Entry<String, Path> file : signed.entrySet()) {
            Path signature = jreleaser.resolve("signatures/" + file.getKey() + ".asc");
            // Bouncy Castle's armor header: MESSAGE where gpg writes SIGNATURE; gpg reads both
            assertThat(Files.readString(signature)).startsWith("-----BEGIN PGP MESSAGE-----");
            ExternalCommand verify = key.verify(signature, file.getValue());
            assertThat(verify.exitCode()).as(file.getKey() + ": " + verify.output()).isZero();
            assertThat(verify.output()).contains("Good signature");
        }
    }

    @Test
    void stagedMavenArtifactsAreSignedChecksummedAndBundledForCentral() throws Exception {
        for (String file : List.of("weather-mcp-1.2.0.pom", "weather-mcp-1.2.0.jar", "weather-mcp-1.2.0-sources.jar", "weather-mcp-1.2.0-javadoc.jar")) {
            ExternalCommand verify = key.verify(staged.resolve(file + ".asc"), staged.resolve(file));
            assertThat(verify.exitCode()).as(file + ": " + verify.output()).isZero();
            assertThat(Files.readString(staged.resolve(file + ".sha256")).strip()).isEqualTo(sha256(staged.resolve(file)));
            assertThat(staged.resolve(file + ".md5")).exists();
            assertThat(staged.resolve(file + ".sha1")).exists();
            assertThat(staged.resolve(file + ".sha512")).exists();
        }
        Path bundle = jreleaser.resolve("deploy/mavenCentral/sonatype/dev.example-weather-mcp-1.2.0-bundle.zip");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bundle.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).hasSize(24)
                    .contains("dev/example/weather-mcp/1.2.0/weather-mcp-1.2.0.pom.asc", "dev/example/weather-mcp/1.2.0/weather-mcp-1.2.0-javadoc.jar");
        }
    }

    @Test
    void brewFormulaInstallsTheReleasedZipByItsChecksum() throws Exception {
        String formula = Files.readString(jreleaser.resolve("package/weather-mcp/brew/Formula/weather-mcp.rb"));
        assertThat(formula).contains(
                "class WeatherMcp < Formula",
                "url \"https://github.com/acme/weather-mcp/releases/download/v1.2.0/weather-mcp-1.2.0.zip\"",
                "sha256 \"" + sha256(mcp.resolve("weather-mcp-1.2.0.zip")) + "\"",
                "depends_on \"openjdk@17\"",
                "bin.install_symlink \"#{libexec}/bin/weather-mcp\" => \"weather-mcp\"");
    }

    @Test
    void scoopManifestInstallsTheReleasedZipByItsChecksum() throws Exception {
        String manifest = Files.readString(jreleaser.resolve("package/weather-mcp/scoop/bucket/weather-mcp.json"));
        assertThat(manifest).contains(
                "\"url\": \"https://github.com/acme/weather-mcp/releases/download/v1.2.0/weather-mcp-1.2.0.zip\"",
                "\"hash\": \"sha256:" + sha256(mcp.resolve("weather-mcp-1.2.0.zip")) + "\"",
                "\"extract_dir\": \"weather-mcp-1.2.0\"");
    }

    @Test
    void jbangCatalogNamesTheAliasWhoseScriptDependsOnTheMavenCoordinates() throws Exception {
        Path jbang = jreleaser.resolve("package/weather-mcp/jbang");
        assertThat(Files.readString(jbang.resolve("jbang-catalog.json"))).contains("\"weather-mcp\": {", "\"script-ref\": \"weather_mcp.java\"");
        assertThat(Files.readString(jbang.resolve("weather_mcp.java"))).contains(
                "//JAVA 17+", "//DEPS dev.example:weather-mcp:1.2.0", "dev.example.weather.WeatherServer.main(args);");
    }

    @Test
    void changelogListsTheCommitsSinceThePreviousTag() throws Exception {
        String changelog = Files.readString(jreleaser.resolve("release/CHANGELOG.md"));
        assertThat(changelog).contains("forecast tool", "rounding of temperatures").doesNotContain("first release");
        assertThat(Files.readString(jreleaser.resolve("output.properties"))).contains("tagName=v1.2.0", "previousTagName=v1.1.0");
    }

    @Test
    void noSecretAppearsInTheLogNorInAnyFileUnderTheOutputDirectory() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(TOKEN, CENTRAL_USER, CENTRAL_PASSWORD, key.passphrase()));
        // the armored secret key's base64 lines, each long enough to be unique
        key.armoredSecretKey().lines().filter(line -> line.length() > 40 && !line.startsWith("-----")).forEach(secrets::add);
        assertThat(secrets).hasSizeGreaterThan(5);
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            if (out.contains(secret) || err.contains(secret)) {
                leaks.add("the log holds " + secret);
            }
        }
        try (Stream<Path> files = Files.walk(basedir.resolve("target"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                secrets.stream().filter(content::contains).forEach(secret -> leaks.add(basedir.relativize(file) + " holds " + secret));
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(Files.readString(jreleaser.resolve("trace.log"))).contains("secretKey: ************", "token: ************");
    }

    @Test
    void dryRunAsksNoRemoteServiceAndSaysWhatItRefused() {
        assertThat(remoteRequests).as("requests to the configured GitHub and Central").isEmpty();
        assertThat(out).contains("dry run: Maven Central is not asked whether the staged files are published already")
                .contains("dry run: the repositories of [brew, jbang, scoop] are neither looked up, created nor cloned");
        // JReleaser looks the signing key up on the public key servers, even in a dry run: the bridge refuses it
        String refused = out.lines().filter(line -> line.startsWith("dry run: connections to ")).findFirst().orElseThrow();
        assertThat(refused.substring("dry run: connections to ".length(), refused.indexOf(" were refused")).split(", "))
                .containsExactlyInAnyOrder("keys.openpgp.org", "keyserver.ubuntu.com", "pgp.mit.edu");
        assertThat(refused).endsWith("were refused; nothing left this machine");
        assertThat(ProxySelector.getDefault()).as("the selector before the run is back").isNotInstanceOf(OfflineProxySelector.class);
    }

    private static Path writeConfig(LoopbackHttpServer remote) throws IOException {
        String template;
        try (InputStream in = FullReleaseDryRunTest.class.getResourceAsStream("/jreleaser.json")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path config = basedir.resolve("target/jreleaser/jreleaser.json");
        Files.createDirectories(config.getParent());
        return Files.writeString(config, template.replace("@LOOPBACK@", remote.url()));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
