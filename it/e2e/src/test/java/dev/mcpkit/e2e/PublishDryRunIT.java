package dev.mcpkit.e2e;

import static dev.mcpkit.e2e.JsonTrees.list;
import static dev.mcpkit.e2e.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mcpkit.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new user's release rehearsal: a generated project, committed and tagged in git, published with
 * {@code mvn verify mcp:publish -Dmcp.publish.dryRun=true} and a throw-away GPG key, everything checked with the tools a
 * user has: gpg, sha256sum, openssl, unzip. Planted credentials must appear in no log and no file.
 */
class PublishDryRunIT {

    private static final String ARTIFACT = "weather-release";
    private static final String VERSION = "1.0.0";
    private static final String TOKEN = "ghp_plantedToken0123456789abcdefABCDEF01";
    private static final String CENTRAL_PASSWORD = "planted-central-password-0123";
    private static final String PASSPHRASE = "planted passphrase 0123";

    private static Path work;
    private static Path project;
    private static Path gnupg;
    private static Maven maven;
    private static Map<String, String> env;
    private static String secretKey;
    private static String dryRunLog;

    @BeforeAll
    static void generateTagAndRehearseTheRelease() throws Exception {
        work = WorkDirectories.fresh("e2e-publish");
        maven = Maven.forNewUser(work);
        maven.run(work, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=dev.mcpkit", "-DarchetypeArtifactId=mcp-archetype",
                "-DarchetypeVersion=" + System.getProperty("e2e.toolkitVersion"),
                "-DgroupId=org.example.release", "-DartifactId=" + ARTIFACT, "-Dversion=" + VERSION,
                "-Dpackage=org.example.release", "-DgithubOwner=ada", "-Dauthor=Ada Example", "-DauthorEmail=ada@example.org");
        project = work.resolve(ARTIFACT);
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("-c", "user.name=Ada Example", "-c", "user.email=ada@example.org", "commit", "-q", "-m", "feat: first release");
        git("tag", "v" + VERSION);
        git("remote", "add", "origin", "https://github.com/ada/" + ARTIFACT + ".git");

        gnupg = Files.createDirectories(work.resolve("gnupg"));
        Files.setPosixFilePermissions(gnupg, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        run(work, "gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", PASSPHRASE,
                "--quick-gen-key", "Ada Example <ada@example.org>", "rsa3072", "sign", "1d");
        String publicKey = run(work, "gpg", "--armor", "--export", "ada@example.org");
        secretKey = run(work, "gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", PASSPHRASE, "--armor",
                "--export-secret-keys", "ada@example.org");
        env = new HashMap<>(Map.of("JRELEASER_GPG_PUBLIC_KEY", publicKey, "JRELEASER_GPG_SECRET_KEY", secretKey,
                "JRELEASER_GPG_PASSPHRASE", PASSPHRASE, "JRELEASER_GITHUB_TOKEN", TOKEN,
                "JRELEASER_MAVENCENTRAL_USERNAME", "planted-user", "JRELEASER_MAVENCENTRAL_PASSWORD", CENTRAL_PASSWORD));

        // a release may not depend on a SNAPSHOT, and mcp:validate says so; while the toolkit itself is one, only that gate waits
        boolean snapshotToolkit = System.getProperty("e2e.toolkitVersion").endsWith("-SNAPSHOT");
        dryRunLog = maven.runWith(project, env, true, "verify", "mcp:publish", "-Dmcp.publish.dryRun=true",
                "-Dmcp.validate.skip=" + snapshotToolkit);
    }

    @Test
    void theDryRunSendsNothing() {
        assertThat(dryRunLog).contains("dry run: Maven Central is not asked whether the staged files are published already")
                .contains("dry run: the repositories of [brew, jbang, scoop] are neither looked up, created nor cloned")
                .contains("MCP Registry: a real release runs:");
        // all JReleaser tries to reach: the key servers it looks the signing key up on; refused on this machine
        dryRunLog.lines().filter(line -> line.contains("dry run: connections to ")).forEach(line -> assertThat(
                line.substring(line.indexOf("dry run: connections to ") + 24, line.indexOf(" were refused")).split(", "))
                .isSubsetOf("keys.openpgp.org", "keyserver.ubuntu.com", "pgp.mit.edu"));
    }

    @Test
    void everyChecksumMatchesItsFile() throws Exception {
        Path checksums = project.resolve("target/jreleaser/checksums/checksums_sha256.txt");
        List<String> lines = Files.readAllLines(checksums);
        assertThat(lines).anyMatch(l -> l.endsWith(ARTIFACT + "-" + VERSION + ".mcpb"))
                .anyMatch(l -> l.endsWith(ARTIFACT + "-" + VERSION + ".zip")).anyMatch(l -> l.endsWith("server.json"))
                .anyMatch(l -> l.endsWith(ARTIFACT + "-" + VERSION + ".cdx.json"));
        // the release's assets side by side, as a user downloads them
        Path assets = Files.createDirectories(work.resolve("downloaded"));
        for (String line : lines) {
            String name = line.substring(line.indexOf("  ") + 2);
            Files.copy(released(name), assets.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(run(assets, "sha256sum", "--check", checksums.toString())).doesNotContain("FAILED");
    }

    /** Where a released file lies: the SBOM in target/, the rest in target/mcp. */
    private static Path released(String name) {
        return name.endsWith(".cdx.json") ? project.resolve("target/" + name) : project.resolve("target/mcp/" + name);
    }

    @Test
    void gpgVerifiesEverySignature() throws Exception {
        List<Path> signatures;
        try (Stream<Path> files = Files.list(project.resolve("target/jreleaser/signatures"))) {
            signatures = files.filter(f -> f.toString().endsWith(".asc")).sorted().toList();
        }
        assertThat(signatures).extracting(p -> p.getFileName().toString()).contains(ARTIFACT + "-" + VERSION + ".mcpb.asc",
                ARTIFACT + "-" + VERSION + ".zip.asc", ARTIFACT + "-" + VERSION + ".tar.gz.asc", "server.json.asc",
                ARTIFACT + "-" + VERSION + ".cdx.json.asc");
        for (Path signature : signatures) {
            String name = signature.getFileName().toString().replaceFirst("\\.asc$", "");
            Path signed = name.startsWith("checksums") ? project.resolve("target/jreleaser/checksums/" + name) : released(name);
            assertThat(run(work, "gpg", "--verify", signature.toString(), signed.toString())).contains("Good signature");
        }
    }

    @Test
    void mavenCentralGetsTheJarSourcesJavadocAndPomEachSignedAndChecksummed() throws Exception {
        Path staged = project.resolve("target/staging-deploy/org/example/release/" + ARTIFACT + "/" + VERSION);
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
            Path file = staged.resolve(ARTIFACT + "-" + VERSION + suffix);
            assertThat(file).isRegularFile();
            for (String extra : List.of(".asc", ".md5", ".sha1")) {
                assertThat(Path.of(file + extra)).as(file + extra).isRegularFile();
            }
            assertThat(run(work, "gpg", "--verify", file + ".asc", file.toString())).contains("Good signature");
        }
        assertThat(project.resolve("target/jreleaser/deploy/mavenCentral/central/org.example.release-" + ARTIFACT + "-" + VERSION
                + "-bundle.zip")).isRegularFile();
    }

    @Test
    void theBundleIsSignedOpensslAcceptsItAndServerJsonNamesTheSignedBytes() throws Exception {
        Path bundle = project.resolve("target/mcp/" + ARTIFACT + "-" + VERSION + ".mcpb");
        byte[] bytes = Files.readAllBytes(bundle);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(Files.readString(project.resolve("target/mcp/server.json"))).contains("\"fileSha256\" : \"" + sha + "\"");
        assertThat(run(work, "unzip", "-t", bundle.toString())).contains("No errors detected");

        assertThat(opensslVerifies(bytes, "signed")).isTrue();
        bytes[200] ^= 1;
        assertThat(opensslVerifies(bytes, "tampered")).isFalse();
    }

    @Test
    void packagersNameTheReleasedArchiveAndItsChecksum() throws Exception {
        Path zip = project.resolve("target/mcp/" + ARTIFACT + "-" + VERSION + ".zip");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
        String url = "https://github.com/ada/" + ARTIFACT + "/releases/download/v" + VERSION + "/" + ARTIFACT + "-" + VERSION + ".zip";
        Path packages = project.resolve("target/jreleaser/package/" + ARTIFACT);
        assertThat(Files.readString(packages.resolve("brew/Formula/" + ARTIFACT + ".rb"))).contains(url).contains(sha);
        assertThat(Files.readString(packages.resolve("scoop/bucket/" + ARTIFACT + ".json"))).contains(url).contains(sha);
        assertThat(packages.resolve("jbang/jbang-catalog.json")).isRegularFile();
        assertThat(Files.readString(project.resolve("target/jreleaser/release/CHANGELOG.md"))).contains("first release");
    }

    @Test
    void theReleasedServerJsonIsValidForTheMcpRegistryAndNamesTheReleasedBundle() throws Exception {
        Path serverJson = project.resolve("target/mcp/server.json");
        Schema schema;
        try (var in = Files.newInputStream(Path.of(System.getProperty("e2e.registrySchema")))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        assertThat(schema.validate(Files.readString(serverJson), InputFormat.JSON)).isEmpty();
        assertThat(Files.readString(serverJson)).contains("\"identifier\" : \"https://github.com/ada/" + ARTIFACT
                + "/releases/download/v" + VERSION + "/" + ARTIFACT + "-" + VERSION + ".mcpb\"");
    }

    @Test
    void theHomebrewFormulaIsRubyThatParses() throws Exception {
        Path formula = project.resolve("target/jreleaser/package/" + ARTIFACT + "/brew/Formula/" + ARTIFACT + ".rb");
        // ruby -c, with JRuby from Maven Central: Ruby's own grammar, no Ruby install
        assertThat(run(work, javaCommand(), "-jar", System.getProperty("e2e.jruby"), "-c", formula.toString())).contains("Syntax OK");
    }

    @Test
    void theOfficialMcpbCliUnpacksTheSignedBundle() throws Exception {
        Path mcpb = Path.of(System.getProperty("e2e.clientsDir"), "node_modules/.bin/mcpb");
        assertThat(mcpb).as("the mcpb CLI: run npm ci in it/clients (the it/clients build does)").exists();
        Path unpacked = work.resolve("unpacked");
        run(work, mcpb.toString(), "unpack", project.resolve("target/mcp/" + ARTIFACT + "-" + VERSION + ".mcpb").toString(),
                unpacked.toString());
        assertThat(Files.readString(unpacked.resolve("manifest.json"))).contains("\"name\": \"" + ARTIFACT + "\"");
        try (Stream<Path> files = Files.walk(unpacked)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains(ARTIFACT + "-" + VERSION + ".jar");
        }
    }

    /**
     * The JBang catalog the release pushes: its alias is a script that depends on the released coordinates, so JBang
     * (offline, with the artifact in the local repository as Maven Central would serve it) starts the server, and the
     * official SDK client lists the tools and calls one.
     */
    @Test
    void jbangStartsTheServerFromTheReleasedCatalogAliasAndAToolCallAnswers() throws Exception {
        maven.run(project, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=target/" + ARTIFACT + "-" + VERSION + ".jar", "-DpomFile=pom.xml");
        Path bin = Files.createDirectories(work.resolve("jbang-bin"));
        Path jbang = JBangWrapper.write(bin, System.getProperty("e2e.jbangClasspath"), Path.of(javaCommand()),
                Path.of(System.getProperty("java.home")), Path.of(System.getProperty("e2e.repo")), work.resolve("jbang-home"));
        Path catalog = project.resolve("target/jreleaser/package/" + ARTIFACT + "/jbang");
        Path config = Files.writeString(work.resolve("jbang-client.json"), "{\"mcpServers\": {\"" + ARTIFACT + "\": {\"command\": \""
                + jbang + "\", \"args\": [\"--quiet\", \"--offline\", \"" + ARTIFACT + "@" + catalog + "\"]}}}\n");

        Path clients = Path.of(System.getProperty("e2e.clientsDir"));
        Process node = new ProcessBuilder("node", Path.of(System.getProperty("e2e.supportDir"), "call-tools.cjs").toString(),
                clients.toString(), config.toString(), ARTIFACT,
                "[{\"name\": \"word_count\", \"arguments\": {\"text\": \"from the jbang catalog\"}}]")
                .redirectError(work.resolve("jbang-client.err").toFile()).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(out + Files.readString(work.resolve("jbang-client.err"))).isZero();
        Map<String, Object> report = object(Json.parse(out.trim()));
        assertThat(report.get("errors")).as("SDK errors: a non-JSON-RPC line on stdout shows here").isEqualTo(List.of());
        assertThat(report.get("tools")).isEqualTo(List.of("sign", "word_count"));
        assertThat(object(object(object(list(report.get("calls")).get(0)).get("result")).get("structuredContent")))
                .containsEntry("words", 4L);
    }

    @Test
    void plantedCredentialsAppearInNoLogAndNoFile() throws Exception {
        List<String> planted = new ArrayList<>(List.of(TOKEN, CENTRAL_PASSWORD, PASSPHRASE));
        secretKey.lines().filter(l -> l.length() > 40 && !l.startsWith("-----")).limit(5).forEach(planted::add);
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(work.resolve("logs"), project.resolve("target"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : planted) {
                assertThat(text).as(file + " holds a planted credential").doesNotContain(secret);
            }
        }
    }

    @Test
    void aRealReleaseOfAnUntaggedChangeIsRefusedNamingWhatIsMissing() throws Exception {
        Files.writeString(project.resolve("NOTES.md"), "not committed\n");
        try {
            String out = maven.runWith(project, Map.of("JRELEASER_GITHUB_TOKEN", TOKEN), false, "mcp:publish");
            assertThat(out).contains("mcp:publish refuses to release " + VERSION)
                    .contains("uncommitted changes (?? NOTES.md)")
                    .contains("missing environment variables: JRELEASER_GPG_PUBLIC_KEY, JRELEASER_GPG_SECRET_KEY, "
                            + "JRELEASER_GPG_PASSPHRASE, JRELEASER_MAVENCENTRAL_USERNAME, JRELEASER_MAVENCENTRAL_PASSWORD")
                    .contains("Central Publisher Portal's publisher API URL is not set")
                    .contains("mcp:validate has not run on this build")
                    .doesNotContain(TOKEN);
        } finally {
            Files.delete(project.resolve("NOTES.md"));
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** openssl cms over the exact bytes the signature block covers (the block is the last 16 KiB). */
    private static boolean opensslVerifies(byte[] bundle, String name) throws Exception {
        int header = bundle.length - 16384;
        assertThat(new String(bundle, header, 11, StandardCharsets.US_ASCII)).isEqualTo("MCPB_SIG_V1");
        int length = ByteBuffer.wrap(bundle, header + 11, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Path content = Files.write(work.resolve(name + ".content"), java.util.Arrays.copyOf(bundle, header));
        Path signature = Files.write(work.resolve(name + ".der"), java.util.Arrays.copyOfRange(bundle, header + 15, header + 15 + length));
        Process p = new ProcessBuilder("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(),
                "-content", content.toString(), "-noverify", "-out", work.resolve(name + ".out").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue() == 0;
    }

    private static void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(project, command.toArray(String[]::new));
    }

    /** Runs a command with the test's GNUPGHOME; returns its output, fails on a non-zero exit. */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (gnupg != null) {
            builder.environment().put("GNUPGHOME", gnupg.toString());
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isEqualTo(0);
        return out;
    }
}
