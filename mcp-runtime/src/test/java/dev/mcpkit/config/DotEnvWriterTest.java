package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvWriterTest {

    @TempDir
    Path dir;

    @Test
    void updateRewritesAssignedKeysInPlaceKeepsCommentsAndAppendsNewKeys() throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "# settings\nPORT=80 # web\n\nexport NAME='old'\nKEEP=yes\n");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NAME", "new name");
        values.put("ADDED", "1");
        DotEnvWriter.update(file, values, List.of());
        assertThat(Files.readString(file)).isEqualTo("# settings\nPORT=80 # web\n\nNAME='new name'\nKEEP=yes\nADDED=1\n");
    }

    @Test
    void updateRemovesKeysAndDuplicatesAndMultiLineValues() throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "A=1\nPEM=\"line1\nline2\"\nA=2\nB=3\n");
        DotEnvWriter.update(file, Map.of("A", "9"), Set.of("PEM"));
        assertThat(Files.readString(file)).isEqualTo("A=9\nB=3\n");
    }

    @Test
    void crlfFilesStayCrlf() throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "A=1\r\n# c\r\n");
        DotEnvWriter.update(file, Map.of("B", "2"), List.of());
        assertThat(Files.readString(file)).isEqualTo("A=1\r\n# c\r\nB=2\r\n");
    }

    @Test
    void everyValueReadsBackUnchanged() throws Exception {
        Path file = dir.resolve(".env");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("PLAIN", "abc-123_./:@+,=%");
        values.put("SPACES", "  two words  ");
        values.put("HASH", "a #b");
        values.put("SINGLE", "it's ${HOME} \"quoted\"");
        values.put("MULTI", "line1\nline2\\n $x");
        values.put("EMPTY", "");
        values.put("TAB", "a\tb'");
        DotEnvWriter.update(file, values, List.of());
        DotEnvFile read = DotEnvFile.read(file, Map.of("HOME", "/should/not/expand"));
        for (Map.Entry<String, String> e : values.entrySet()) {
            assertThat(read.get(e.getKey()).value()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void writtenFileAndNewDirectoryAreOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("new/config/.env");
        DotEnvWriter.update(file, Map.of("TOKEN", "secret"), List.of());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void rewritingAWorldReadableFileLeavesItOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve(".env");
        Files.writeString(file, "A=1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DotEnvWriter.update(file, Map.of("A", "2"), List.of());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(".env");
        }
    }

    @Test
    void malformedExistingFileIsLeftUntouched() throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "A=1\nbroken line\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DotEnvWriter.update(file, Map.of("B", "2"), List.of()))
                .isInstanceOf(DotEnvException.class).hasMessageContaining(":2:");
        assertThat(Files.readString(file)).isEqualTo("A=1\nbroken line\n");
    }
}
