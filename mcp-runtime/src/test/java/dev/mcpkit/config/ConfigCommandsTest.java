package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandsTest {

    @TempDir
    Path dir;

    final Map<String, String> env = new HashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final SettingsModel model = new SettingsModel().add(SettingDefinition.builder("API_KEY").secret(true).build());

    private ConfigEnvironment environment() {
        return ConfigEnvironment.builder("weather").command("weather").environment(env).workingDir(dir).configDir(dir.resolve("cfg"))
                .stateDir(dir.resolve("state")).keychain(new MemoryKeychain()).diagnostics(print(err)).build();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void validateConfigPrintsTheReportAndReturnsItsExitCode() {
        assertThat(ConfigCommands.validateConfig(model, environment(), print(out))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Configuration of weather\n").contains("API_KEY is required and not set");
        env.put("API_KEY", "sk-live-abcdefgh1234");
        out.reset();
        assertThat(ConfigCommands.validateConfig(model, environment(), print(out))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("****1234").doesNotContain("sk-live");
    }

    @Test
    void setupWithoutATerminalPointsToTheNonInteractiveForm() {
        int exit = ConfigCommands.setup(model, environment(), List.of(), null, print(out), print(err));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("--setup asks questions and needs a terminal; from a script use: weather --setup --non-interactive KEY=VALUE ...\n");
    }

    @Test
    void setupWithAnUnexpectedArgumentDoesNotEchoAValue() {
        int exit = ConfigCommands.setup(model, environment(), List.of("API_KEY=sk-live-abcdefgh1234"), null, print(out), print(err));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument after --setup: API_KEY=...").doesNotContain("sk-live");
    }

    @Test
    void nonInteractiveSetupIsSelectedByItsFlag() throws Exception {
        int exit = ConfigCommands.setup(model, environment(), List.of("--non-interactive", "API_KEY=sk-live-abcdefgh1234"), null,
                print(out), print(err));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Setup complete");
        assertThat(dir.resolve("cfg/.env")).doesNotExist();
    }

    @Test
    void interactiveSetupRunsOnTheGivenConsole() throws Exception {
        ScriptedConsole console = new ScriptedConsole("sk-live-abcdefgh1234");
        MemoryKeychain none = MemoryKeychain.unavailable("no keychain here");
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").environment(env).workingDir(dir).configDir(dir.resolve("cfg"))
                .stateDir(dir).keychain(none).diagnostics(print(err)).build();
        assertThat(ConfigCommands.setup(model, environment, List.of(), console, print(out), print(err))).isZero();
        assertThat(Files.readString(dir.resolve("cfg/.env"))).isEqualTo("API_KEY=sk-live-abcdefgh1234\n");
    }
}
