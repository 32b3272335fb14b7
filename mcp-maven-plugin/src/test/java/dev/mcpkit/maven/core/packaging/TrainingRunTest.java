package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.mcpkit.maven.core.describe.ServerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

    @TempDir
    Path tmp;

    /** A jar whose main class exits at once without answering, like a server that fails at start. */
    private Path silentJar() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes/dev/mcpkit/maven/fixtures"));
        Files.copy(Path.of("target/test-classes/dev/mcpkit/maven/fixtures/DescribingServer.class"), classes.resolve("DescribingServer.class"));
        Path jar = tmp.resolve("silent.jar");
        // DescribingServer without --describe exits 2 at once: no answer to initialize, no archive
        ZipWriter.write(jar, ExecutableJar.entries(tmp.resolve("classes"), List.of(), JarLayout.UBER,
                "dev.mcpkit.maven.fixtures.DescribingServer", "t", "1"), Instant.EPOCH);
        return jar;
    }

    @Test
    void serverThatExitsWithoutAnsweringYieldsAReasonAndKeepsNoArchive() throws Exception {
        Path java = ServerCommand.currentJava();
        assumeThat(TrainingRun.release(java)).isBetween(17, 18);
        Path archive = tmp.resolve("x.jsa");
        String problem = TrainingRun.run(java, silentJar(), archive, Fixtures.descriptor(), Duration.ofSeconds(20));
        assertThat(problem).contains("closed stdout before answering initialize");
        assertThat(archive).doesNotExist();
    }

    @Test
    void serverThatHangsIsStoppedAtTheTimeoutWithAMessageThatSaysSo() throws Exception {
        Path java = ServerCommand.currentJava();
        assumeThat(TrainingRun.release(java)).isBetween(17, 18);
        Path classes = Files.createDirectories(tmp.resolve("hang/dev/mcpkit/maven/fixtures"));
        Files.copy(Path.of("target/test-classes/dev/mcpkit/maven/fixtures/HangingServer.class"), classes.resolve("HangingServer.class"));
        Path jar = tmp.resolve("hanging.jar");
        ZipWriter.write(jar, ExecutableJar.entries(tmp.resolve("hang"), List.of(), JarLayout.UBER,
                "dev.mcpkit.maven.fixtures.HangingServer", "t", "1"), Instant.EPOCH);
        Path archive = tmp.resolve("h.jsa");
        String problem = TrainingRun.run(java, jar, archive, Fixtures.descriptor(), Duration.ofSeconds(2));
        assertThat(problem).contains("did not answer within 2 s");
        assertThat(archive).doesNotExist();
    }

    @Test
    void releaseIsReadFromTheJdksReleaseFile() throws Exception {
        Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        Files.writeString(tmp.resolve("jdk/release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"21.0.5\"\n");
        assertThat(TrainingRun.release(jdk.resolve("java"))).isEqualTo(21);
        Files.writeString(tmp.resolve("jdk/release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        assertThat(TrainingRun.release(jdk.resolve("java"))).isEqualTo(8);
        assertThat(TrainingRun.release(tmp.resolve("none/bin/java"))).isZero();
    }
}
