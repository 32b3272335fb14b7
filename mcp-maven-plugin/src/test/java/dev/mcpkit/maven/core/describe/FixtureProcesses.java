package dev.mcpkit.maven.core.describe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Commands that start the fixture servers from target/test-classes in a real JVM. */
final class FixtureProcesses {

    static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();

    private FixtureProcesses() {
    }

    static ServerCommand command(String mainClass, String mode, Duration timeout) {
        return new ServerCommand(ServerCommand.currentJava(), List.of(TEST_CLASSES), mainClass,
                Map.of("FIXTURE_MODE", mode), null, timeout);
    }

    static ServerCommand describing(String mode) {
        return command("dev.mcpkit.maven.fixtures.DescribingServer", mode, Duration.ofSeconds(60));
    }

    static ServerCommand stdio(String mode) {
        return command("dev.mcpkit.maven.fixtures.StdioServer", mode, Duration.ofSeconds(60));
    }
}
