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

/** Goose's config.yaml is edited as text: comments, anchors, aliases, merge keys and quoting outside our entry stay byte for byte. */
class GooseYamlInstallTest {

    private static final LaunchSpec SPEC = LaunchSpecs.launcher(Path.of("/opt/weather/bin/weather"), List.of());

    /** Our entry as the installer writes it, at the two-space indentation of Goose's extensions. */
    private static final String WEATHER = "  weather:\n"
            + "    enabled: true\n"
            + "    type: stdio\n"
            + "    name: weather\n"
            + "    cmd: /opt/weather/bin/weather\n"
            + "    args: []\n"
            + "    envs: {}\n"
            + "    env_keys: []\n"
            + "    timeout: 300\n"
            + "    bundled: null\n"
            + "    description: null\n";

    private static final String HEAD = "# Goose configuration, kept in my dotfiles\n"
            + "GOOSE_PROVIDER: 'anthropic'   # single-quoted on purpose\n"
            + "defaults: &stdio_defaults\n"
            + "  enabled: true\n"
            + "  timeout: 300\n"
            + "extensions:\n"
            + "  # built in\n"
            + "  developer:\n"
            + "    <<: *stdio_defaults\n"
            + "    type: builtin\n"
            + "    name: \"developer\"\n";

    private static final String TAIL = "\n"
            + "# everything below is mine\n"
            + "GOOSE_MODE: smart_approve\n"
            + "favourite: *stdio_defaults\n";

    @TempDir
    Path dir;

    private final ConfigInstaller installer = new ConfigInstaller(Clock.systemUTC());
    private final ClientConfigWriter goose = ClientConfigs.get("goose");

    @Test
    void installAppendsTheEntryAndKeepsCommentsAnchorsAliasesAndQuotingByteForByte() throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), HEAD + TAIL);

        InstallResult result = installer.install(goose, file, "weather", SPEC, false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.UPDATED);
        assertThat(Files.readString(file)).isEqualTo(HEAD + WEATHER + TAIL);
    }

    @Test
    void secondInstallChangesNoByte() throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), HEAD + TAIL);
        installer.install(goose, file, "weather", SPEC, false);
        byte[] first = Files.readAllBytes(file);

        assertThat(installer.install(goose, file, "weather", SPEC, false).outcome()).isEqualTo(InstallResult.Outcome.UNCHANGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void existingEntryIsReplacedInPlaceAndItsNeighboursKeepTheirComments() throws Exception {
        String old = "  weather:   # ours, outdated\n"
                + "    cmd: /old/weather\n"
                + "    args:\n"
                + "    - --verbose\n"
                + "    # a comment inside our entry goes with it\n"
                + "    envs: {}\n";
        String next = "  # about memory\n"
                + "  memory: {enabled: false, type: builtin, name: memory}\n";
        Path file = Files.writeString(dir.resolve("config.yaml"), HEAD + old + "\n" + next + TAIL);

        installer.install(goose, file, "weather", SPEC, false);

        assertThat(Files.readString(file)).isEqualTo(HEAD + WEATHER + "\n" + next + TAIL);
    }

    @Test
    void uninstallRemovesOnlyItsEntry() throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), HEAD + WEATHER + TAIL);

        InstallResult result = installer.uninstall(goose, file, "weather", false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.REMOVED);
        assertThat(Files.readString(file)).isEqualTo(HEAD + TAIL);
    }

    @Test
    void uninstallOfTheOnlyEntryLeavesAnEmptyMap() throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), "extensions:   # mine\n" + WEATHER + "GOOSE_MODE: auto\n");

        installer.uninstall(goose, file, "weather", false);

        assertThat(Files.readString(file)).isEqualTo("extensions: {}   # mine\nGOOSE_MODE: auto\n");
    }

    @Test
    void entryGoesUnderAnEmptyOrMissingExtensionsKey() throws Exception {
        assertThat(installed("# c\nextensions: {}  # none yet\nGOOSE_MODE: auto\n"))
                .isEqualTo("# c\nextensions:  # none yet\n" + WEATHER + "GOOSE_MODE: auto\n");
        assertThat(installed("# c\nextensions:\nGOOSE_MODE: auto\n"))
                .isEqualTo("# c\nextensions:\n" + WEATHER + "GOOSE_MODE: auto\n");
        assertThat(installed("extensions: null # none\n")).isEqualTo("extensions: # none\n" + WEATHER);
        assertThat(installed("# c\nGOOSE_MODE: auto")).isEqualTo("# c\nGOOSE_MODE: auto\nextensions:\n" + WEATHER);
        assertThat(installed("# nothing set yet\n")).isEqualTo("# nothing set yet\nextensions:\n" + WEATHER);
    }

    @Test
    void entriesFollowTheIndentationTheFileUses() throws Exception {
        assertThat(installed("extensions:\n    developer:\n        type: builtin\n"))
                .isEqualTo("extensions:\n    developer:\n        type: builtin\n" + WEATHER.replaceAll("(?m)^  ", "    "));
    }

    @Test
    void crlfFileKeepsCrlfLineEnds() throws Exception {
        String after = installed("# c\r\nextensions:\r\n  developer:\r\n    type: builtin\r\n");

        assertThat(after).isEqualTo(("# c\nextensions:\n  developer:\n    type: builtin\n" + WEATHER).replace("\n", "\r\n"));
    }

    @Test
    void layoutItCannotEditIsRefusedWithTheEntryAndLeftUntouched() throws Exception {
        for (String yaml : List.of(
                "extensions: {developer: {type: builtin}}  # flow style\n",
                "extensions: &all\n  developer:\n    type: builtin\nbackup: *all\n",
                "extensions:\n  weather: &w\n    cmd: old\nother: *w\n")) {
            Path file = Files.writeString(dir.resolve("config.yaml"), yaml);

            assertThatThrownBy(() -> installer.install(goose, file, "weather", SPEC, false))
                    .as(yaml)
                    .isInstanceOf(ConfigFileException.class)
                    .hasMessageContaining("comments, anchors and aliases")
                    .hasMessageContaining("left unchanged")
                    .hasMessageContaining("extensions:\n  weather:\n    enabled: true\n");
            assertThat(Files.readString(file)).isEqualTo(yaml);
        }
    }

    private String installed(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("config.yaml"), yaml);
        installer.install(goose, file, "weather", SPEC, false);
        return Files.readString(file);
    }
}
