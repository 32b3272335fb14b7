package dev.mcpkit.maven.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LaunchProbeTest {

    @TempDir
    Path tmp;

    @Test
    void theProbeIntroducesItselfWithThePluginsRealVersion() throws Exception {
        List<String> command = List.of(ServerCommand.currentJava().toString(), "-cp",
                Path.of("target", "test-classes").toAbsolutePath().toString(), "dev.mcpkit.maven.fixtures.StdioServer");

        LaunchProbe.Outcome outcome = LaunchProbe.probe(command, Map.of(), tmp, Duration.ofSeconds(60));

        assertThat(outcome.completed()).as(outcome.stderr()).isTrue();
        // the fixture echoes the clientInfo it was sent in its initialize result
        JsonNode init = outcome.stdout().stream().map(LaunchProbe::parse).filter(n -> n.path("id").asInt() == 1).findFirst().orElseThrow();
        assertThat(init.path("result").path("clientInfo").path("name").asString()).isEqualTo("mcp-validate");
        assertThat(init.path("result").path("clientInfo").path("version").asString()).isEqualTo(System.getProperty("mcpkit.pluginVersion"));
    }
}
