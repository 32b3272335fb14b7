package dev.mcpkit.maven.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import org.junit.jupiter.api.Test;

class ServerRunnerTest {

    @Test
    void runReturnsTheServersExitCode() throws Exception {
        // the describing fixture exits 3 in "fail" mode, 2 when not asked --describe
        ServerCommand failing = new ServerCommand(ServerCommand.currentJava(), List.of(Path.of("target", "test-classes").toAbsolutePath()),
                "dev.mcpkit.maven.fixtures.DescribingServer", Map.of("FIXTURE_MODE", "fail"), null, Duration.ofSeconds(30));
        assertThat(ServerRunner.run(failing, List.of("--describe"))).isEqualTo(3);
        assertThat(ServerRunner.run(failing, List.of())).isEqualTo(2);
    }
}
