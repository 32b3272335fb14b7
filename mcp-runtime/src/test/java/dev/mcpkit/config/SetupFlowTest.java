package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.SettingType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupFlowTest {

    private static final String API_KEY = "sk-live-abcdefgh1234";

    @TempDir
    Path work;
    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private final SettingsModel model = new SettingsModel()
            .add(SettingDefinition.builder("API_KEY").description("API key").secret(true).build())
            .add(SettingDefinition.builder("PORT").type(SettingType.INT).defaultValue("8080").build())
            .add(SettingDefinition.builder("REGION").description("Region").build());

    private Path configDir() {
        return home.resolve("config/weather");
    }

    private ConfigEnvironment environment(Keychain keychain) {
        return ConfigEnvironment.builder("weather").command("weather").environment(env).workingDir(work).configDir(configDir())
                .stateDir(home.resolve("state")).keychain(keychain)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8)).build();
    }

    @Test
    void interactiveSetupStoresSecretsInTheKeychainAndOthersInTheConfigDotEnv() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        ScriptedConsole console = new ScriptedConsole(API_KEY, "abc", "9090", "eu-west-1");

        int exit = new SetupFlow(model, environment(keychain)).interactive(console);

        String transcript = console.transcript.toString();
        assertThat(exit).as(transcript).isZero();
        assertThat(console.hiddenPrompts).containsExactly("  new value (hidden): ");
        assertThat(console.visiblePrompts).hasSize(3);
        assertThat(transcript).contains("  rejected: expected an integer, got \"abc\". Try again, or press Enter to keep the current value.");
        assertThat(keychain.entries).containsExactly(Map.entry("weather/API_KEY", API_KEY));
        assertThat(Files.readString(configDir().resolve(".env"))).isEqualTo("PORT=9090\nREGION=eu-west-1\n");
        assertThat(transcript)
                .contains("  API_KEY -> memory keychain (service weather, account API_KEY)")
                .contains("  PORT -> " + configDir().resolve(".env"))
                .contains("Setup complete: 3 value(s) saved; weather is fully configured.")
                .doesNotContain(API_KEY);
    }

    @Test
    void reRunShowsCurrentValuesMaskedAndKeepsWhatIsNotReEntered() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        new SetupFlow(model, environment(keychain)).interactive(new ScriptedConsole(API_KEY, "", "eu-west-1"));
        Files.writeString(configDir().resolve(".env"), "# my notes\n" + Files.readString(configDir().resolve(".env")));

        ScriptedConsole again = new ScriptedConsole("", "7000", "");
        int exit = new SetupFlow(model, environment(keychain)).interactive(again);

        String transcript = again.transcript.toString();
        assertThat(exit).as(transcript).isZero();
        assertThat(transcript)
                .contains("  current: ****1234 from keychain (memory keychain)")
                .contains("  current: 8080 (default)")
                .contains("  current: eu-west-1 from config .env (" + configDir().resolve(".env") + ":2)")
                .doesNotContain(API_KEY);
        assertThat(keychain.entries).containsExactly(Map.entry("weather/API_KEY", API_KEY));
        assertThat(Files.readString(configDir().resolve(".env"))).isEqualTo("# my notes\nREGION=eu-west-1\nPORT=7000\n");
    }

    @Test
    void withoutAKeychainSecretsGoToAnOwnerOnlyConfigDotEnv() throws Exception {
        MemoryKeychain none = MemoryKeychain.unavailable("secret-tool is not installed (package libsecret-tools)");
        ScriptedConsole console = new ScriptedConsole(API_KEY, "", "eu");
        int exit = new SetupFlow(model, environment(none)).interactive(console);
        assertThat(exit).isZero();
        Path file = configDir().resolve(".env");
        assertThat(Files.readString(file)).isEqualTo("API_KEY=" + API_KEY + "\nREGION=eu\n");
        assertThat(console.transcript.toString())
                .contains("  API_KEY -> " + file + " (owner-only; keychain unavailable: secret-tool is not installed (package libsecret-tools))")
                .doesNotContain(API_KEY);
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSecretMovedIntoTheKeychainLeavesTheConfigDotEnv() throws Exception {
        Files.createDirectories(configDir());
        Files.writeString(configDir().resolve(".env"), "API_KEY=old-secret-in-file\nREGION=eu\n");
        MemoryKeychain keychain = new MemoryKeychain();
        int exit = new SetupFlow(model, environment(keychain)).nonInteractive(List.of("API_KEY=" + API_KEY),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        assertThat(Files.readString(configDir().resolve(".env"))).isEqualTo("REGION=eu\n");
        assertThat(keychain.entries).containsEntry("weather/API_KEY", API_KEY);
    }

    @Test
    void endOfInputAbortsWithoutSaving() {
        MemoryKeychain keychain = new MemoryKeychain();
        ScriptedConsole console = new ScriptedConsole(API_KEY);
        int exit = new SetupFlow(model, environment(keychain)).interactive(console);
        assertThat(exit).isEqualTo(1);
        assertThat(console.transcript.toString()).contains("Setup aborted: input ended. Nothing was saved.");
        assertThat(keychain.entries).isEmpty();
        assertThat(configDir().resolve(".env")).doesNotExist();
    }

    @Test
    void leavingARequiredSettingEmptyEndsWithExitOneAndWhatIsMissing() {
        ScriptedConsole console = new ScriptedConsole("", "", "eu");
        int exit = new SetupFlow(model, environment(new MemoryKeychain())).interactive(console);
        assertThat(exit).isEqualTo(1);
        assertThat(console.transcript.toString()).contains("  (still missing)")
                .contains("Saved 1 value(s), but the configuration is still incomplete: API_KEY.");
    }

    @Test
    void nonInteractiveSavesValidAssignmentsAndReportsWhereEachWent() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SetupFlow(model, environment(keychain)).nonInteractive(List.of("API_KEY=" + API_KEY, "REGION=us east"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("  API_KEY -> memory keychain (service weather, account API_KEY)\n"
                + "  REGION -> " + configDir().resolve(".env") + "\n"
                + "Setup complete: 2 value(s) saved; weather is fully configured.\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(configDir().resolve(".env"))).isEqualTo("REGION='us east'\n");
    }

    @Test
    void nonInteractiveRejectsBadInputAndSavesNothing() {
        MemoryKeychain keychain = new MemoryKeychain();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new SetupFlow(model, environment(keychain)).nonInteractive(
                List.of("API_KEY=" + API_KEY, "PORT=eighty", "UNKNOWN=1", "novalue"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("PORT: expected an integer, got \"eighty\"")
                .contains("unknown setting UNKNOWN (settings: API_KEY, PORT, REGION)")
                .contains("expected KEY=VALUE, got an argument without a key and '=' (argument 4)")
                .contains("Nothing was saved. Usage: weather --setup --non-interactive KEY=VALUE ...")
                .doesNotContain(API_KEY);
        assertThat(keychain.entries).isEmpty();
        assertThat(configDir().resolve(".env")).doesNotExist();
    }

    @Test
    void savedValuesShadowedByTheEnvironmentAreNotedAndTheWorkingDirectoryNoLongerShadowsThem() throws Exception {
        env.put("REGION", "from-env");
        Files.writeString(work.resolve(".env"), "PORT=1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SetupFlow(model, environment(new MemoryKeychain())).nonInteractive(List.of("REGION=eu", "PORT=2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("note: REGION is also set in the environment, which takes precedence over the saved value")
                .doesNotContain("PORT is also set");
        Files.writeString(configDir().resolve(".env"), "PORT=2\n");
        ResolvedSettings resolved = new SettingsResolver(environment(new MemoryKeychain())).resolve(model);
        assertThat(resolved.get("PORT").source()).isEqualTo(SettingSource.CONFIG_DIR_DOTENV);
    }
}
