package dev.mcpkit.maven.core.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class HandshakeDescriberTest {

    private final HandshakeDescriber describer = new HandshakeDescriber();

    @Test
    void handshakeWithARealStdioServerCollectsAllPagesAndLists() throws Exception {
        Setting token = Setting.of("PLAIN_TOKEN", "Token for plain-server", true, true);

        ServerDescriptor d = describer.describe(FixtureProcesses.stdio("ok"), List.of(token));

        assertThat(d.server().name()).isEqualTo("plain-server");
        assertThat(d.server().version()).isEqualTo("0.3.0");
        assertThat(d.server().instructions()).isEqualTo("Be nice");
        assertThat(d.protocolVersions()).containsExactly("2025-06-18");
        assertThat(d.tools()).extracting(Tool::name).containsExactly("first", "second");
        assertThat(d.resources()).extracting(Resource::uri).containsExactly("file:///readme");
        assertThat(d.resourceTemplates()).extracting(Resource::uri).containsExactly("file:///{path}");
        assertThat(d.prompts()).extracting(Prompt::name).containsExactly("greet");
        assertThat(d.settings()).containsExactly(token);
    }

    @Test
    void textOnStdoutBeforeTheProtocolFailsWithAClearMessage() {
        assertThatThrownBy(() -> describer.describe(FixtureProcesses.stdio("noisy"), List.of()))
                .isInstanceOf(DescribeException.class)
                .hasMessageContaining("not JSON-RPC on stdout: Server starting on stdio...")
                .hasMessageContaining("plain stdio server starting");
    }

    @Test
    void serverThatExitsBeforeAnsweringReportsItsStderr() {
        // DescribingServer without --describe exits 2 at once
        assertThatThrownBy(() -> describer.describe(FixtureProcesses.describing("ok"), List.of()))
                .hasMessageContaining("closed stdout before answering server/discover")   // the probe a 2026 client sends first
                .hasMessageContaining("expected --describe");
    }

    @Test
    void autoModeUsesTheHandshakeWhenMcpRuntimeIsNotOnTheClasspath() throws Exception {
        ServerDescriber auto = new ServerDescriber();
        Setting declared = Setting.of("PLAIN_TOKEN", "Token", true, true);

        ServerDescriptor plain = auto.describe(FixtureProcesses.stdio("ok"), ServerDescriber.Mode.AUTO, false, List.of(declared));
        ServerDescriptor described = auto.describe(FixtureProcesses.describing("ok"), ServerDescriber.Mode.AUTO, true, List.of(declared));

        assertThat(plain.server().name()).isEqualTo("plain-server");
        assertThat(described.server().name()).isEqualTo("weather");
        assertThat(described.settings()).extracting(Setting::key).containsExactly("WEATHER_API_KEY", "WEATHER_UNITS", "PLAIN_TOKEN");
    }
}
