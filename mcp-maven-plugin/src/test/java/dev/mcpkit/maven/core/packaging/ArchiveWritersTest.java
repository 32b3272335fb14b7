package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWritersTest {

    private static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path tmp;

    private static List<ArchiveEntry> entries() {
        return List.of(
                new ArchiveEntry("app/bin/run", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8), true),
                new ArchiveEntry("app/lib/a.jar", new byte[] {1, 2, 3}, false),
                new ArchiveEntry("app/README.md", "# App\n".getBytes(StandardCharsets.UTF_8), false));
    }

    @Test
    void zipOfSameEntriesAndTimeIsByteForByteIdentical() throws IOException {
        ZipWriter.write(tmp.resolve("a.zip"), entries(), TIME);
        ZipWriter.write(tmp.resolve("b.zip"), entries(), TIME);
        assertThat(Files.readAllBytes(tmp.resolve("a.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.zip")));
        ZipWriter.write(tmp.resolve("c.zip"), entries(), TIME.plusSeconds(60));
        assertThat(Files.readAllBytes(tmp.resolve("c.zip"))).isNotEqualTo(Files.readAllBytes(tmp.resolve("a.zip")));
    }

    @Test
    void zipBytesDoNotDependOnTheBuildMachinesTimeZone() throws IOException {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            ZipWriter.write(tmp.resolve("tokyo.zip"), entries(), TIME);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            ZipWriter.write(tmp.resolve("la.zip"), entries(), TIME);
        } finally {
            TimeZone.setDefault(original);
        }
        assertThat(Files.readAllBytes(tmp.resolve("tokyo.zip"))).isEqualTo(Files.readAllBytes(tmp.resolve("la.zip")));
    }

    @Test
    void zipListsParentDirectoriesBeforeTheirFilesAndStampsEveryEntry() throws IOException {
        ZipWriter.write(tmp.resolve("a.zip"), entries(), TIME);
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(tmp.resolve("a.zip").toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 4));
            }
        }
        assertThat(names).containsExactly("app/", "app/bin/", "app/bin/run", "app/lib/", "app/lib/a.jar", "app/README.md");
    }

    @Test
    void zipStoresUnixModesSoUnzipKeepsTheExecutableBit() throws Exception {
        assumeThat(Fixtures.onPath("unzip")).as("the unzip command is not installed (apt-get install -y unzip)").isTrue();
        Path zip = tmp.resolve("a.zip");
        ZipWriter.write(zip, entries(), TIME);
        Process list = new ProcessBuilder("zipinfo", zip.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(list.waitFor()).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("drwxr-xr-x") && l.endsWith(" app/bin/"));
        assertThat(lines).anyMatch(l -> l.startsWith("-rwxr-xr-x") && l.endsWith(" app/bin/run"));
        assertThat(lines).anyMatch(l -> l.startsWith("-rw-r--r--") && l.endsWith(" app/lib/a.jar"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(new ProcessBuilder("unzip", "-q", zip.toString(), "-d", out.toString()).start().waitFor()).isZero();
        Process run = new ProcessBuilder(out.resolve("app/bin/run").toString()).start();
        assertThat(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hi\n");
        assertThat(run.waitFor()).isZero();
    }

    @Test
    void duplicateEntryIsRefusedInZipAndTarball() {
        List<ArchiveEntry> twice = List.of(entries().get(1), entries().get(1));
        assertThatThrownBy(() -> ZipWriter.write(tmp.resolve("d.zip"), twice, TIME)).hasMessageContaining("duplicate archive entry app/lib/a.jar");
        assertThatThrownBy(() -> TarGzWriter.write(tmp.resolve("d.tar.gz"), twice, TIME)).hasMessageContaining("duplicate archive entry app/lib/a.jar");
    }

    @Test
    void entryNamesThatEscapeTheArchiveAreRefused() {
        assertThatThrownBy(() -> new ArchiveEntry("../evil", new byte[0], false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArchiveEntry("/etc/passwd", new byte[0], false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tarballKeepsTheExecutableBitAndTheTimeAndUnpacksWithTar() throws Exception {
        Path tgz = tmp.resolve("a.tar.gz");
        TarGzWriter.write(tgz, entries(), TIME);
        List<String> lines = tar("--utc", "-tvzf", tgz.toString());
        assertThat(lines).hasSize(6).allMatch(l -> l.contains(" root/root ") && l.contains(" 2026-01-02 03:04 "));
        assertThat(lines).anyMatch(l -> l.startsWith("drwxr-xr-x") && l.endsWith(" app/bin/"));
        assertThat(lines).anyMatch(l -> l.startsWith("-rwxr-xr-x") && l.endsWith(" app/bin/run"));
        assertThat(lines).anyMatch(l -> l.startsWith("-rw-r--r--") && l.endsWith(" app/lib/a.jar"));
        assertThat(tar("-tzf", tgz.toString())).containsExactly("app/", "app/bin/", "app/bin/run", "app/lib/", "app/lib/a.jar", "app/README.md");
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(new ProcessBuilder("tar", "-xzf", tgz.toString(), "-C", out.toString()).start().waitFor()).isZero();
        assertThat(Files.isExecutable(out.resolve("app/bin/run"))).isTrue();
        assertThat(Files.readAllBytes(out.resolve("app/lib/a.jar"))).containsExactly(1, 2, 3);
    }

    private static List<String> tar(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(arguments));
        Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(tar.waitFor()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    @Test
    void tarballOfSameEntriesAndTimeIsByteForByteIdentical() throws IOException {
        TarGzWriter.write(tmp.resolve("a.tar.gz"), entries(), TIME);
        TarGzWriter.write(tmp.resolve("b.tar.gz"), entries(), TIME);
        assertThat(Files.readAllBytes(tmp.resolve("a.tar.gz"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.tar.gz")));
        TarGzWriter.write(tmp.resolve("c.tar.gz"), entries(), TIME.plusSeconds(60));
        assertThat(Files.readAllBytes(tmp.resolve("c.tar.gz"))).isNotEqualTo(Files.readAllBytes(tmp.resolve("a.tar.gz")));
    }

    @Test
    void tarballBytesDoNotDependOnWhoBuildsNorWhen() throws IOException {
        List<ArchiveEntry> longAndNonAscii = new ArrayList<>(entries());
        longAndNonAscii.add(new ArchiveEntry("app/" + "directory-with-a-long-name/".repeat(4) + "\u00fcber.txt", new byte[] {4}, false));
        String user = System.getProperty("user.name");
        try {
            System.setProperty("user.name", "alice");
            TarGzWriter.write(tmp.resolve("alice.tar.gz"), longAndNonAscii, TIME);
            System.setProperty("user.name", "bob");
            TarGzWriter.write(tmp.resolve("bob.tar.gz"), longAndNonAscii, TIME);
        } finally {
            System.setProperty("user.name", user);
        }
        byte[] alice = Files.readAllBytes(tmp.resolve("alice.tar.gz"));
        assertThat(alice).isEqualTo(Files.readAllBytes(tmp.resolve("bob.tar.gz")));
        // gzip's modification time (bytes 4-7) is zero, so writing the same archive later gives the same bytes
        assertThat(java.util.Arrays.copyOfRange(alice, 0, 8)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0);
    }

    @Test
    void tarballKeepsPathsLongerThanOneHundredBytesAndNonAsciiNames() throws Exception {
        String deep = "root/" + "directory-with-a-long-name/".repeat(5) + "file-with-a-long-name.txt";
        assertThat(deep.length()).isGreaterThan(100);
        String accented = "root/r\u00e9sum\u00e9.txt";
        Path tgz = tmp.resolve("long.tar.gz");
        TarGzWriter.write(tgz, List.of(new ArchiveEntry(deep, "x".getBytes(StandardCharsets.UTF_8), false),
                new ArchiveEntry(accented, "y".getBytes(StandardCharsets.UTF_8), false)), TIME);
        Path out = Files.createDirectories(tmp.resolve("long"));
        assertThat(new ProcessBuilder("tar", "-xzf", tgz.toString(), "-C", out.toString()).start().waitFor()).isZero();
        assertThat(Files.readString(out.resolve(deep))).isEqualTo("x");
        if ("UTF-8".equals(System.getProperty("sun.jnu.encoding"))) {
            // under a C locale the JVM cannot name the unpacked file
            assertThat(Files.readString(out.resolve(accented))).isEqualTo("y");
        }
    }
}
