package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Packages a real (fixture) server into a temporary directory and looks at every output. */
class ServerPackagerTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
    private static final String MAIN = "dev.mcpkit.maven.fixtures.StdioServer";

    @TempDir
    Path tmp;

    private Path basedir;
    private Path classes;
    private Path out;

    @BeforeEach
    void project() throws IOException {
        basedir = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(basedir.resolve("README.md"), "# Weather\n");
        Files.writeString(basedir.resolve("LICENSE"), "licence text\n");
        Files.writeString(basedir.resolve(".env.example"), "WEATHER_API_KEY=\n");
        Files.writeString(basedir.resolve("pom.xml"), "<project/>");
        classes = Files.createDirectories(basedir.resolve("target/classes/dev/mcpkit/maven/fixtures"));
        Files.copy(TEST_CLASSES.resolve("dev/mcpkit/maven/fixtures/StdioServer.class"), classes.resolve("StdioServer.class"));
        classes = basedir.resolve("target/classes");
        out = basedir.resolve("target/mcp");
    }

    private PackageRequest request(String description, boolean training) {
        return request(description, training, false);
    }

    private PackageRequest request(String description, boolean training, boolean jlink) {
        return new PackageRequest(Fixtures.project(description, "https://github.com/ada/weather", basedir), MAIN, JarLayout.UBER, Instant.parse("2026-01-02T03:04:05Z"), 17, List.of(), basedir.resolve("src/main/mcp/templates"),
                ServerCommand.currentJava(), training, null, null, null, false, jlink);
    }

    private PackageResult pack(boolean training) throws IOException {
        return new ServerPackager(new ServerDescriber()).pack(Fixtures.descriptor(), null, request("Forecasts for tests", training));
    }

    private static List<String> names(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void writesEveryArtifactAndListsItInTheSummary() throws IOException {
        PackageResult result = pack(false);
        for (String f : List.of("weather-1.2.0.jar", "lib/weather-1.2.0.jar", "bin/weather", "bin/weather.cmd", "weather-1.2.0.zip",
                "weather-1.2.0.tar.gz", "weather-1.2.0.mcpb", "server.json", "jbang-catalog.json")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        assertThat(Files.isExecutable(out.resolve("bin/weather"))).isTrue();
        String summary = result.summary(out);
        assertThat(summary.lines().findFirst().orElseThrow()).startsWith("artifact").contains("size").endsWith("try it");
        assertThat(summary).contains("weather-1.2.0.jar", "java -jar target/mcp/weather-1.2.0.jar --version", "weather-1.2.0.mcpb", "server.json",
                "clients/", "tar xzf target/mcp/weather-1.2.0.tar.gz && weather-1.2.0/bin/weather --help");
        try (JarFile jar = new JarFile(out.resolve("weather-1.2.0.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(MAIN);
        }
    }

    @Test
    void zipDistributionUnpackedWithUnzipRunsItsLauncherAsTheSummarySays() throws Exception {
        assumeThat(Fixtures.onPath("unzip")).as("the unzip command is not installed (apt-get install -y unzip): "
                + "cannot check that the zip keeps the launcher's execute bit").isTrue();
        PackageResult result = pack(false);
        String tryIt = result.files().stream().filter(f -> f.path().equals(out.resolve("weather-1.2.0.zip")))
                .findFirst().orElseThrow().tryIt();
        assertThat(tryIt).isEqualTo("unzip target/mcp/weather-1.2.0.zip && weather-1.2.0/bin/weather --help");
        // the summary's command as written, in the project directory; the fixture server exits at the end of stdin
        Process p = new ProcessBuilder("sh", "-c", tryIt).directory(basedir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(stdout + stderr).isZero();
        assertThat(stderr).contains("plain stdio server starting");
        Path unpacked = basedir.resolve("weather-1.2.0");
        assertThat(Files.getPosixFilePermissions(unpacked.resolve("bin/weather")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(Files.getPosixFilePermissions(unpacked.resolve("lib/weather-1.2.0.jar")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void clientsHoldEveryClientForTheLauncherJavaAndJbangModes() throws IOException {
        pack(false);
        for (String dir : List.of("clients/", "clients/java/", "clients/jbang/")) {
            for (String f : List.of("claude-desktop.json", "claude-code.json", "vscode.json", "cursor.json", "windsurf.json", "zed.json",
                    "goose.yaml", "claude-mcp-add.sh")) {
                assertThat(out.resolve(dir + f)).as(dir + f).isRegularFile();
            }
        }
        JsonMapper m = JsonMapper.builder().build();
        JsonNode launcher = m.readTree(Files.readString(out.resolve("clients/claude-desktop.json"))).path("mcpServers").path("weather");
        assertThat(launcher.path("command").asString()).isEqualTo(out.resolve("bin/weather").toAbsolutePath().toString());
        JsonNode java = m.readTree(Files.readString(out.resolve("clients/java/claude-desktop.json"))).path("mcpServers").path("weather");
        assertThat(java.path("command").asString()).isEqualTo(ServerCommand.currentJava().toString());
        assertThat(java.path("args").toString()).contains(out.resolve("weather-1.2.0.jar").toAbsolutePath().toString());
        assertThat(java.path("env").path("WEATHER_API_KEY").asString()).isEqualTo("${WEATHER_API_KEY}");
        assertThat(Files.readString(out.resolve("clients/jbang/claude-desktop.json"))).contains("org.example:weather-server:1.2.0");
    }

    @Test
    void distributionsHoldLaunchersJarAndProjectDocumentsUnderOneRoot() throws IOException {
        pack(false);
        assertThat(names(out.resolve("weather-1.2.0.zip"))).contains("weather-1.2.0/bin/weather", "weather-1.2.0/bin/weather.cmd",
                "weather-1.2.0/lib/weather-1.2.0.jar", "weather-1.2.0/README.md", "weather-1.2.0/LICENSE", "weather-1.2.0/.env.example")
                .allMatch(n -> n.startsWith("weather-1.2.0/")).doesNotContain("weather-1.2.0/pom.xml");
    }

    @Test
    void bundleHoldsManifestLauncherAndJarAndRegistryEntryCarriesItsHash() throws IOException {
        pack(false);
        Path mcpb = out.resolve("weather-1.2.0.mcpb");
        assertThat(names(mcpb)).contains("manifest.json", "server/bin/weather", "server/bin/weather.cmd", "server/lib/weather-1.2.0.jar", "README.md")
                .as("directory entries: mcpb unpack takes them for files and fails").noneMatch(n -> n.endsWith("/"));
        JsonNode entry = JsonMapper.builder().build().readTree(Files.readString(out.resolve("server.json")));
        assertThat(entry.path("packages").path(0).path("fileSha256").asString()).isEqualTo(FileDigest.sha256(mcpb));
        assertThat(entry.path("name").asString()).isEqualTo("io.github.ada/weather");
        assertThat(entry.path("description").asString()).isEqualTo("Forecasts for tests");
    }

    @Test
    void overLongDescriptionFailsBeforeAnythingIsWritten() {
        PackageRequest tooLong = request("y".repeat(150), false);
        assertThatThrownBy(() -> new ServerPackager(new ServerDescriber()).pack(Fixtures.descriptor(), null, tooLong))
                .hasMessageContaining("150 characters").hasMessageContaining("<description> in pom.xml");
        assertThat(out).doesNotExist();
    }

    @Test
    void twoPackagingRunsGiveIdenticalJarAndArchives() throws IOException {
        pack(false);
        List<byte[]> first = new ArrayList<>();
        for (String f : List.of("weather-1.2.0.jar", "weather-1.2.0.zip", "weather-1.2.0.tar.gz", "weather-1.2.0.mcpb")) {
            first.add(Files.readAllBytes(out.resolve(f)));
        }
        pack(false);
        int i = 0;
        for (String f : List.of("weather-1.2.0.jar", "weather-1.2.0.zip", "weather-1.2.0.tar.gz", "weather-1.2.0.mcpb")) {
            assertThat(Files.readAllBytes(out.resolve(f))).as(f).isEqualTo(first.get(i++));
        }
    }

    @Test
    void trainingRunOnJdk17Or18WritesAnArchiveThatStaysOutOfTheDistributions() throws IOException {
        int release = TrainingRun.release(ServerCommand.currentJava());
        assumeThat(release).as("the training run is for JDK 17/18 builds").isBetween(17, 18);
        PackageResult result = pack(true);
        assertThat(result.warnings()).isEmpty();
        assertThat(out.resolve("lib/weather.jsa")).isRegularFile();
        assertThat(names(out.resolve("weather-1.2.0.zip"))).noneMatch(n -> n.endsWith(".jsa"));
        assertThat(names(out.resolve("weather-1.2.0.mcpb"))).noneMatch(n -> n.endsWith(".jsa"));
    }

    @Test
    void launcherUsesTheTrainedArchiveOnlyOnJdk17And18AndCreatesCachesOnNewerOnes() throws Exception {
        pack(false);
        String sh = Files.readString(out.resolve("bin/weather"), StandardCharsets.UTF_8);
        assertThat(sh).contains("WEATHER_STARTUP_CACHE", "lib/weather.jsa", "-Xshare:auto", "-XX:+AutoCreateSharedArchive",
                "-XX:AOTCache=", "-XX:AOTCacheOutput=", "-XX:ArchiveClassesAtExit=");
        Process check = new ProcessBuilder("sh", "-n", out.resolve("bin/weather").toString()).redirectErrorStream(true).start();
        assertThat(check.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void onJdk25OnlyAServingRunCreatesTheAotCacheAndItsReportsStayOffTheClientsLog() throws Exception {
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeThat(Files.isDirectory(jdk25)).as("a JDK 25 at " + jdk25).isTrue();
        pack(false);
        Path home = Files.createDirectories(tmp.resolve("home25"));
        Path caches = home.resolve(".cache/mcpkit");

        String banner = "plain stdio server starting\n";   // the fixture's own line; everything else on stderr is the JVM's
        Launch version = launch(jdk25, home, "", "--version");
        assertThat(version.stdout()).isEmpty();
        assertThat(version.stderr()).as("a run with arguments adds nothing to the server's own output").isEqualTo(banner);
        assertThat(aotFiles(caches)).as("no cache trained on --version").isEmpty();

        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n";
        Launch first = launch(jdk25, home, initialize);
        assertThat(first.stdout()).contains("\"serverInfo\"");
        assertThat(first.stderr()).startsWith(banner);
        assertThat(first.stderr().lines().count()).as("stderr of the run that creates the cache:%n%s", first.stderr()).isLessThanOrEqualTo(2);
        assertThat(aotFiles(caches)).hasSize(1);

        Launch second = launch(jdk25, home, initialize);
        assertThat(second.stdout()).contains("\"serverInfo\"");
        assertThat(second.stderr()).as("the run that uses the cache").isEqualTo(banner);
    }

    private record Launch(String stdout, String stderr) {
    }

    /** Runs the packaged launcher as a GUI client would, on the given JDK, with {@code input} on stdin. */
    private Launch launch(Path javaHome, Path home, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(out.resolve("bin/weather").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().put("HOME", home.toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("WEATHER_API_KEY", "test-key");
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new Launch(stdout, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static List<Path> aotFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".aot")).toList();
        }
    }

    @Test
    void jlinkAddsASelfContainedTarballWhoseLauncherRunsOnItsOwnRuntime() throws Exception {
        PackageResult result = new ServerPackager(new ServerDescriber()).pack(Fixtures.descriptor(), null,
                request("Forecasts for tests", false, true));
        Path full = out.resolve("weather-1.2.0-" + JlinkRuntime.platform() + ".tar.gz");
        assertThat(full).isRegularFile();
        assertThat(result.summary(out)).contains("tar xzf target/mcp/weather-1.2.0-" + JlinkRuntime.platform() + ".tar.gz && weather-1.2.0/bin/weather --help");
        assertThat(out.resolve("runtime")).doesNotExist();
        Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
        assertThat(new ProcessBuilder("tar", "-xzf", full.toString(), "-C", unpacked.toString()).start().waitFor()).isZero();
        Path home = unpacked.resolve("weather-1.2.0");
        assertThat(Files.isExecutable(home.resolve("runtime/bin/java"))).isTrue();
        // no java on PATH, no JAVA_HOME: the launcher must take runtime/ (java.home says which it took)
        Path emptyPath = Files.createDirectories(tmp.resolve("empty-path"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/weather").toString());
        pb.environment().clear();
        pb.environment().put("PATH", emptyPath.toString());
        pb.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        pb.environment().put("WEATHER_JAVA_OPTS", "-XshowSettings:properties");
        Process p = pb.start();
        p.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(stderr).contains("java.home = " + home.resolve("runtime"));
        assertThat(stdout).contains("\"serverInfo\"").doesNotContain("java.home");
    }
}
