package dev.mcpkit.maven.core.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DescriptorReaderTest {

    private final DescriptorReader reader = new DescriptorReader();

    @Test
    void describeOutputOfARealProcessBecomesTheDescriptor() throws Exception {
        ServerDescriptor d = reader.read(FixtureProcesses.describing("ok"));

        assertThat(d.server()).isEqualTo(new ServerInfo("weather", "Weather", "1.2.0", "Forecasts", "Ask for a city"));
        assertThat(d.protocolVersions()).containsExactly("2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");
        assertThat(d.tools()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("forecast");
            assertThat(t.inputSchema().toNode().at("/properties/city/type").asString()).isEqualTo("string");
            assertThat(t.annotations().toNode().path("readOnlyHint").asBoolean()).isTrue();
            assertThat(t.settings()).containsExactly("WEATHER_API_KEY");
        });
        assertThat(d.resources()).extracting(Resource::uri).containsExactly("weather://about");
        assertThat(d.resourceTemplates()).extracting(Resource::uri).containsExactly("weather://cities/{country}");
        assertThat(d.prompts()).singleElement().satisfies(p -> assertThat(p.arguments())
                .containsExactly(new Prompt.Argument("city", "City", true)));
        assertThat(d.settings()).containsExactly(
                new Setting("WEATHER_API_KEY", "API key", "string", true, true, null),
                new Setting("WEATHER_UNITS", "metric or imperial", "string", false, false, "metric"));
    }

    @Test
    void failingServerReportsExitCodeAndItsStderr() {
        assertThatThrownBy(() -> reader.read(FixtureProcesses.describing("fail")))
                .isInstanceOf(DescribeException.class)
                .hasMessageStartingWith("server failed to describe itself: exit 3\n")
                .hasMessageContaining("WEATHER_CONFIG: file /nope not found");
    }

    @Test
    void nonJsonOnStdoutIsRefusedWithAHintAboutStdout() {
        assertThatThrownBy(() -> reader.read(FixtureProcesses.describing("garbage")))
                .isInstanceOf(DescribeException.class)
                .hasMessageContaining("not JSON")
                .hasMessageContaining("log to stderr");
    }

    @Test
    void serverThatNeverAnswersIsStoppedAfterTheTimeout() {
        ServerCommand hanging = FixtureProcesses.command("dev.mcpkit.maven.fixtures.DescribingServer", "hang", Duration.ofSeconds(2));
        assertThatThrownBy(() -> reader.read(hanging))
                .isInstanceOf(DescribeException.class)
                .hasMessageContaining("no answer within 2 s")
                .hasMessageContaining("mcp.describeTimeout");
    }

    @Test
    void missingMainClassFailsWithTheJvmMessage() {
        ServerCommand wrong = FixtureProcesses.command("dev.mcpkit.maven.fixtures.NoSuchServer", "ok", Duration.ofSeconds(60));
        assertThatThrownBy(() -> reader.read(wrong))
                .hasMessageStartingWith("server failed to describe itself: exit 1")
                .hasMessageContaining("NoSuchServer");
    }
}
