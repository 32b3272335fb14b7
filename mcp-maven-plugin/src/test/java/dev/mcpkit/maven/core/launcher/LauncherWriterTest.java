package dev.mcpkit.maven.core.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the rendered POSIX launcher the way a GUI client starts it: {@code env -i} with a PATH that has no
 * java, a temporary HOME and no JAVA_HOME, so it must find a JDK under /usr/lib/jvm by itself.
 */
class LauncherWriterTest {

    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    @TempDir
    Path tmp;

    private Path app;
    private Path pathDir;
    private Path home;

    @BeforeEach
    void layout() throws IOException {
        app = Files.createDirectories(tmp.resolve("app"));
        Files.createDirectories(app.resolve("lib"));
        writeEchoJar(app.resolve("lib/echo-1.0.jar"));
        home = Files.createDirectories(tmp.resolve("home"));
        // a PATH without java: only the one tool the script may need (ls, to resolve a symlinked launcher)
        pathDir = Files.createDirectories(tmp.resolve("path"));
        Path ls = Files.writeString(pathDir.resolve("ls"), "#!/bin/sh\nexec /bin/ls \"$@\"\n");
        Files.setPosixFilePermissions(ls, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void findsAJdkUnderUsrLibJvmAndKeepsStdoutForTheProtocol() throws Exception {
        assumeThat(highestJdkRelease()).isGreaterThanOrEqualTo(17);
        Path launcher = write(17, List.of("-Dmcp.test=yes")).get(0);

        Run run = run(launcher, List.of(), "hello protocol\n", "one", "two words", "it's");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("hello protocol\n");
        assertThat(run.stderr).contains("java.home=" + JVM_DIR).contains("args=[one, two words, it's]").contains("mcp.test=yes");
    }

    @Test
    void jvmOutputThatWouldGoToStdoutIsSentToStderr() throws Exception {
        // without -XX:+DisplayVMOutputToStderr the JVM prints these flags on stdout, corrupting the protocol
        Path launcher = write(17, List.of("-XX:+PrintCommandLineFlags")).get(0);

        Run run = run(launcher, List.of(), "only this\n");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("only this\n");
        assertThat(run.stderr).contains("-XX:+PrintCommandLineFlags");
    }

    @Test
    void startsWithTheStartupJitProfileThatAProjectOptionOverrides() throws Exception {
        Run profile = run(write(17, List.of()).get(0), List.of(), "x\n");
        Run overridden = run(write(17, List.of("-XX:CompileThresholdScaling=1")).get(0), List.of(), "x\n");

        assertThat(profile.stderr).contains("CompileThresholdScaling=3.0");
        assertThat(overridden.stderr).contains("CompileThresholdScaling=1.0");
    }

    @Test
    void javaOnPathThroughALinkIsMatchedToItsJdkWithoutRunningReadlink() throws Exception {
        Path jdk = jdkOf(17);
        Files.createSymbolicLink(pathDir.resolve("java"), jdk.resolve("bin/java"));
        Path marker = tmp.resolve("readlink-ran");
        Path readlink = Files.writeString(pathDir.resolve("readlink"), "#!/bin/sh\n: > '" + marker + "'\nexec /usr/bin/readlink \"$@\"\n");
        Files.setPosixFilePermissions(readlink, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(write(17, List.of()).get(0), List.of(), "on path\n");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("on path\n");
        assertThat(run.stderr).contains("java.version=17");
        assertThat(marker).as("a fork and exec at every start").doesNotExist();
    }

    @Test
    void withItsMainClassTheLauncherStartsFromTheClassPathWithoutReadingTheManifest() throws Exception {
        LauncherRequest request = new LauncherRequest("echo", "1.0", "echo-1.0.jar", 17, List.of(), "", "dev.mcpkit.maven.fixtures.EchoMain");
        List<Path> launchers = new LauncherWriter(null).write(request, app.resolve("bin"));

        Run run = run(launchers.get(0), List.of(), "from the class path\n", "a b");

        assertThat(Files.readString(launchers.get(0))).contains("-cp \"$jar\" 'dev.mcpkit.maven.fixtures.EchoMain' \"$@\"");
        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("from the class path\n");
        assertThat(run.stderr).contains("args=[a b]");
        assertThat(Files.readString(launchers.get(1))).contains("-cp \"%JAR%\" \"dev.mcpkit.maven.fixtures.EchoMain\" %*");
        assertThat(new LauncherRequest("echo", "1.0", "e.jar", 17, List.of(), "", "bad name; rm -rf /").mainClass())
                .as("a name no template could quote falls back to -jar").isEmpty();
    }

    @Test
    void skipsJdksOlderThanTheReleaseItNeeds() throws Exception {
        int highest = highestJdkRelease();
        assumeThat(highest).isGreaterThan(17);
        Path launcher = write(highest, List.of()).get(0);

        Run run = run(launcher, List.of(), "x\n");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stderr).contains("java.version=" + highest);
    }

    @Test
    void javaHomeComesFirstWhenItIsRecentEnough() throws Exception {
        Path newest = jdkOf(highestJdkRelease());
        Path launcher = write(17, List.of()).get(0);

        Run run = run(launcher, List.of("JAVA_HOME=" + newest), "x\n");

        assertThat(run.stderr).contains("java.home=" + newest);
    }

    @Test
    void noSufficientJavaFailsWithWhatWasFoundAndWhatIsNeeded() throws Exception {
        Path launcher = write(99, List.of()).get(0);

        Run run = run(launcher, List.of(), "x\n");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("echo: needs Java 99 or newer, but none was found.")
                .contains("Found only:")
                .contains(JVM_DIR.toString())
                .contains("(Java 17)")
                .contains("Install Java 99 or newer, or set JAVA_HOME to one.");
    }

    @Test
    void launcherReachedThroughASymlinkFindsItsJar() throws Exception {
        Path launcher = write(17, List.of()).get(0);
        Path linkDir = Files.createDirectories(tmp.resolve("elsewhere/bin"));
        Path link = Files.createSymbolicLink(linkDir.resolve("echo"), launcher);
        Path relative = Files.createSymbolicLink(linkDir.resolve("echo-relative"), linkDir.relativize(launcher));

        Run run = run(link, List.of(), "via link\n");
        Run viaRelative = run(relative, List.of(), "via relative link\n");

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("via link\n");
        assertThat(viaRelative.stdout).as(viaRelative.stderr).isEqualTo("via relative link\n");
    }

    @Test
    void posixLauncherIsExecutableAndStartsWithTheShebang() throws Exception {
        Path launcher = write(17, List.of()).get(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(launcher))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh\n").doesNotContain("[=").doesNotContain("[#");
    }

    @Test
    void windowsLauncherHasCrlfTheFlagsTheJarAndTheVendorFolders() throws Exception {
        Path cmd = write(21, List.of("-Xmx64m", "-Dq=\"x\"")).get(1);
        String text = Files.readString(cmd);

        assertThat(cmd.getFileName().toString()).isEqualTo("echo.cmd");
        assertThat(text).startsWith("@echo off\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(text).contains("set \"REQUIRED=21\"")
                .contains("set \"JAR=%~dp0..\\lib\\echo-1.0.jar\"")
                .contains("\"%FOUND%\" -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr -XX:CompileThresholdScaling=3 \"-Xmx64m\" \"-Dq=\"\"x\"\"\" %ECHO_JAVA_OPTS% -jar \"%JAR%\" %*")
                .contains("\"Eclipse Adoptium\" \"Java\" \"Microsoft\" \"Zulu\" \"Amazon Corretto\"")
                .contains("if defined JAVA_HOME call :try")
                .contains("where java.exe")
                .contains(".jbang\\cache\\jdks")
                .contains(">&2 echo echo: needs Java %REQUIRED% or newer");
    }

    @Test
    void windowsLauncherPassesAHostileJvmOptionInertWithoutDelayedExpansion() throws Exception {
        String text = new LauncherWriter(null).renderWindows(new LauncherRequest("echo", "1.0%OS%", "echo-1.0.jar", 17,
                List.of("-Dx=100%PATH%!USERNAME!\"&calc", "-Ddir=C:\\tmp\\"), "", "com.example.Main"));

        assertThat(text).contains(" \"-Dx=100%%PATH%%!USERNAME!\"\"&calc\" \"-Ddir=C:\\tmp\\\\\" %ECHO_JAVA_OPTS% -cp \"%JAR%\" \"com.example.Main\" %*\r\n")
                .contains("rem echo \"1.0%%OS%%\": starts the MCP server")
                .contains("setlocal EnableExtensions DisableDelayedExpansion\r\n");
        // delayed expansion only where the script gives up, to print the paths it tried whatever they hold
        String run = text.substring(text.indexOf("\r\n:run\r\n"));
        assertThat(text.split("EnableDelayedExpansion", -1)).hasSize(2);
        assertThat(text.indexOf("setlocal EnableDelayedExpansion")).isLessThan(text.indexOf("\r\n:run\r\n"));
        assertThat(run).doesNotContain("!TRIED!").doesNotContain("!REL!").doesNotContain("!VER!");
    }

    @Test
    void jvmOptionWithALineBreakIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LauncherRequest("ok", "1", "a.jar", 17, List.of("-Da=1\n-Db=2")))
                .hasMessageContaining("line break");
    }

    @Test
    void projectTemplateOverridesThePluginOne() throws Exception {
        Path overrides = Files.createDirectories(tmp.resolve("src/main/mcp/templates"));
        Files.writeString(overrides.resolve(LauncherWriter.POSIX_TEMPLATE), "#!/bin/sh\n# custom [=name] needs [=javaRelease]\n");

        String text = new LauncherWriter(overrides).renderPosix(new LauncherRequest("echo", "1.0", "echo-1.0.jar", 17, List.of()));

        assertThat(text).isEqualTo("#!/bin/sh\n# custom echo needs 17\n");
        assertThat(new LauncherWriter(overrides).renderWindows(new LauncherRequest("echo", "1.0", "e.jar", 17, List.of())))
                .startsWith("@echo off");
    }

    @Test
    void namesThatAShellWouldInterpretAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LauncherRequest("my server", "1", "a.jar", 17, List.of()))
                .hasMessageContaining("mcp.serverName");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LauncherRequest("ok", "1", "a b.jar", 17, List.of()))
                .hasMessageContaining("jar name 'a b.jar'");
    }

    private List<Path> write(int release, List<String> jvmOptions) throws IOException {
        return new LauncherWriter(null).write(new LauncherRequest("echo", "1.0", "echo-1.0.jar", release, jvmOptions), app.resolve("bin"));
    }

    private Run run(Path launcher, List<String> extraEnv, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=" + pathDir, "HOME=" + home));
        command.addAll(extraEnv);
        command.add(launcher.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static void writeEchoJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.mcpkit.maven.fixtures.EchoMain");
        String entry = "dev/mcpkit/maven/fixtures/EchoMain.class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(Path.of("target/test-classes").resolve(entry)));
            out.closeEntry();
        }
    }

    /** The feature release of each JDK under /usr/lib/jvm, read from its release file. */
    private static int releaseOf(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static int highestJdkRelease() throws IOException {
        try (Stream<Path> jdks = Files.list(JVM_DIR)) {
            return jdks.filter(p -> Files.isExecutable(p.resolve("bin/java"))).mapToInt(LauncherWriterTest::releaseOf).max().orElse(-1);
        }
    }

    private static Path jdkOf(int release) throws IOException {
        try (Stream<Path> jdks = Files.list(JVM_DIR)) {
            return jdks.filter(p -> Files.isExecutable(p.resolve("bin/java")) && releaseOf(p) == release).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void startupCacheFilesAreKeyedByTheJarDigestSoARebuiltJarNeverReusesOldClasses() throws Exception {
        LauncherWriter writer = new LauncherWriter(null);
        String keyed = writer.renderPosix(new LauncherRequest("echo", "1.0", "echo-1.0.jar", 17, List.of(), "0a1b2c3d4e5f", ""));
        assertThat(keyed).contains("cache_base=$cache_dir/echo-1.0-0a1b2c3d4e5f-$jdk_id")
                .as("kept per installed copy").contains("cache_dir=$cache_dir${bin_dir%/*}");
        String plain = writer.renderPosix(new LauncherRequest("echo", "1.0", "echo-1.0.jar", 17, List.of()));
        assertThat(plain).contains("cache_base=$cache_dir/echo-1.0-$jdk_id");
    }
}
