package dev.mcpkit.maven.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import dev.mcpkit.maven.core.clients.ClientConfigWriter;
import dev.mcpkit.maven.core.clients.ClientConfigs;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codex's config.toml edited as text: the user's lines, comments and tables stay byte for byte. */
class CodexTomlInstallTest {

    private static final LaunchSpec SPEC = LaunchSpecs.launcher(Path.of("/opt/weather/bin/weather"), List.of());
    private static final String USERS = "# my Codex settings\n"
            + "model = \"gpt-5\"   # the one I like\n"
            + "\n"
            + "[mcp_servers.other]\n"
            + "command = \"other\"\n"
            + "args = []\n"
            + "\n"
            + "[profiles.fast]\n"
            + "model = \"gpt-5-mini\"\n";
    private static final String OURS = "[mcp_servers.weather]\n"
            + "command = \"/opt/weather/bin/weather\"\n"
            + "args = []\n";

    private final ConfigInstaller installer = new ConfigInstaller(Clock.systemUTC());
    private final ClientConfigWriter codex = ClientConfigs.get("codex");

    @TempDir
    Path dir;

    @Test
    void installAppendsTheTablesAndKeepsEverythingElseThenReplacesAndRemovesThemAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("config.toml"), USERS);
        installer.install(codex, file, "weather", SPEC, false);
        assertThat(Files.readString(file)).isEqualTo(USERS + "\n" + OURS);

        String stale = USERS + "\n[mcp_servers.\"weather\"]\ncommand = \"/old\"\nargs = [\"-v\"]\n\n[mcp_servers.weather.env]\nA = \"b\"\n";
        Files.writeString(file, stale);
        installer.install(codex, file, "weather", SPEC, false);
        assertThat(Files.readString(file)).isEqualTo(USERS + "\n" + OURS);

        installer.uninstall(codex, file, "weather", false);
        assertThat(Files.readString(file)).isEqualTo(USERS);
    }

    @Test
    void aServerWrittenSomeOtherWayIsLeftForTheUserToChange() throws Exception {
        Path file = Files.writeString(dir.resolve("config.toml"), "mcp_servers = { weather = { command = \"x\", args = [] } }\n");
        assertThatThrownBy(() -> installer.install(codex, file, "weather", SPEC, false))
                .isInstanceOf(ConfigFileException.class).hasMessageContaining("Add this entry by hand");
        assertThat(Files.readString(file)).isEqualTo("mcp_servers = { weather = { command = \"x\", args = [] } }\n");
    }
}
