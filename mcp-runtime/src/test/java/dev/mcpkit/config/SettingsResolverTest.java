package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsResolverTest {

    static class Server {
        @Setting(description = "API key", secret = true)
        Secret API_KEY;
        @Setting(description = "Password", secret = true)
        String PASSWORD;
        @Setting(defaultValue = "8080")
        int PORT;
        @Setting(defaultValue = "30s")
        Duration TIMEOUT;
        @Setting
        Optional<Path> CACHE_DIR;
        @Setting(required = false)
        String NOTE;
        @Setting
        String REGION;
    }

    @TempDir
    Path work;
    @TempDir
    Path config;

    final Map<String, String> env = new HashMap<>();
    final MemoryKeychain keychain = new MemoryKeychain();
    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        env.put("PATH", "/usr/bin");
    }

    private ConfigEnvironment environment(Keychain keychain) {
        return ConfigEnvironment.builder("weather").command("weather").environment(env).workingDir(work).configDir(config)
                .stateDir(config.resolve("state")).keychain(keychain)
                .diagnostics(new PrintStream(diagnostics, true, StandardCharsets.UTF_8)).build();
    }

    private ResolvedSettings resolve(Server server) {
        return new SettingsResolver(environment(keychain)).resolve(SettingsModel.scan(server).validate());
    }

    @Test
    void firstSourceWinsInTheDocumentedOrderAndIsRecorded() throws Exception {
        env.put("REGION", "from-env");
        Files.writeString(work.resolve(".env"), "REGION=from-work\nPORT=9000\nAPI_KEY=from-work\nTIMEOUT=5s\n");
        Files.writeString(config.resolve(".env"), "# config\nPORT=9999\nNOTE=from-config\nPASSWORD=config-password-1234\n");
        keychain.entries.put("weather/API_KEY", "sk-live-abcdefgh1234");
        keychain.entries.put("weather/PASSWORD", "keychain-password");

        ResolvedSettings settings = resolve(new Server());

        assertThat(settings.get("REGION").source()).isEqualTo(SettingSource.ENVIRONMENT);
        assertThat(settings.get("REGION").typedValue()).isEqualTo("from-env");
        assertThat(settings.get("PORT").source()).as("the user's config .env beats the working directory's")
                .isEqualTo(SettingSource.CONFIG_DIR_DOTENV);
        assertThat(settings.get("PORT").origin()).isEqualTo(config.resolve(".env") + ":2");
        assertThat(settings.get("PORT").typedValue()).isEqualTo(9999);
        assertThat(settings.get("NOTE").source()).isEqualTo(SettingSource.CONFIG_DIR_DOTENV);
        assertThat(settings.get("NOTE").origin()).isEqualTo(config.resolve(".env") + ":3");
        assertThat(settings.get("PASSWORD").source()).as("config .env beats the keychain").isEqualTo(SettingSource.CONFIG_DIR_DOTENV);
        assertThat(settings.get("API_KEY").source()).as("the keychain beats the working directory's .env")
                .isEqualTo(SettingSource.KEYCHAIN);
        assertThat(settings.get("API_KEY").origin()).isEqualTo("memory keychain");
        assertThat(settings.get("TIMEOUT").source()).as("the working directory's .env still fills what nothing else has")
                .isEqualTo(SettingSource.WORKING_DIR_DOTENV);
        assertThat(settings.get("TIMEOUT").typedValue()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.get("CACHE_DIR").status()).isEqualTo(SettingStatus.UNSET);
        assertThat(settings.isComplete()).isTrue();
        assertThat(keychain.lookups).as("keychain asked only for unresolved secret or required settings")
                .containsExactly("weather/API_KEY");
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void valueExpandedFromAnotherVariableIsTreatedAsSecretSoAnInvalidOneIsNeverShown() throws Exception {
        env.put("GITHUB_TOKEN", "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
        Files.writeString(work.resolve(".env"), "PORT=${GITHUB_TOKEN}\nREGION=eu-${GITHUB_TOKEN}\n");
        ResolvedSettings settings = resolve(new Server());
        ResolvedSetting port = settings.get("PORT");
        assertThat(port.status()).isEqualTo(SettingStatus.INVALID);
        assertThat(port.problem()).contains("the secret value is not shown").doesNotContain("ghp_");
        assertThat(port.displayValue()).doesNotContain("ghp_abcdefghij");
        assertThat(settings.get("REGION").displayValue()).startsWith("****").doesNotContain("ghp_abcdefghij");
        assertThat(settings.maskSecrets("GET https://x/?q=eu-ghp_abcdefghijklmnopqrstuvwxyz0123456789"))
                .isEqualTo("GET https://x/?q=****");
        assertThat(new ValidationReport(settings, false).render()).doesNotContain("ghp_abcdefghij");
    }

    @Test
    void emptyValuesCountAsUnset() throws Exception {
        env.put("REGION", "");
        Files.writeString(work.resolve(".env"), "REGION=\n");
        Files.writeString(config.resolve(".env"), "REGION=from-config\n");
        assertThat(resolve(new Server()).get("REGION").source()).isEqualTo(SettingSource.CONFIG_DIR_DOTENV);
    }

    @Test
    void typeErrorsNameKeySourceAndExpectedType() throws Exception {
        Files.writeString(work.resolve(".env"), "\n\nPORT=abc\n");
        env.put("TIMEOUT", "soon");
        ResolvedSettings settings = resolve(new Server());
        assertThat(settings.get("PORT").status()).isEqualTo(SettingStatus.INVALID);
        assertThat(settings.get("PORT").problem())
                .isEqualTo("PORT from .env (" + work.resolve(".env") + ":3): expected an integer, got \"abc\"");
        assertThat(settings.get("TIMEOUT").problem()).startsWith("TIMEOUT from the environment: expected a duration");
        assertThat(settings.isComplete()).isFalse();
    }

    @Test
    void invalidSecretNeverAppearsInProblemsOrToString() {
        env.put("PASSWORD", "hunter2-secret-value");
        ResolvedSettings settings = resolve(new Server());
        ResolvedSetting password = settings.get("PASSWORD");
        assertThat(password.toString()).doesNotContain("hunter2");
        assertThat(password.displayValue()).isEqualTo("****alue");
        assertThat(password.rawValue().toString()).doesNotContain("hunter2");
    }

    @Test
    void missingRequiredSettingsAreReportedWithTheToolFix() {
        ResolvedSettings settings = new SettingsResolver(environment(keychain))
                .resolve(SettingsModel.scan(new Server()).toolNeeds("forecast", "API_KEY", "PORT").toolNeeds("echo"));
        assertThat(settings.get("API_KEY").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(settings.problems()).extracting(ResolvedSetting::key).containsExactly("API_KEY", "PASSWORD", "REGION");
        assertThat(settings.missingForTool("forecast")).isEqualTo("Tool forecast cannot run: setting API_KEY is not configured."
                + " Fix: run `weather --setup`, or set the environment variable in the client's server configuration, then restart the server.");
        assertThat(settings.missingForTool("echo")).isNull();
        assertThat(settings.startupWarning()).isEqualTo("weather: configuration incomplete: API_KEY missing, PASSWORD missing,"
                + " REGION missing; tools that need these settings fail until fixed (run `weather --validate-config`)");
    }

    @Test
    void unavailableKeychainIsSkippedWithOneDebugLine() {
        MemoryKeychain locked = MemoryKeychain.unavailable("secret-tool did not answer within 3000 ms (is the keyring locked?)");
        ResolvedSettings settings = new SettingsResolver(environment(locked)).resolve(SettingsModel.scan(new Server()));
        assertThat(settings.get("API_KEY").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(locked.lookups).hasSize(1);
        assertThat(diagnostics.toString(StandardCharsets.UTF_8))
                .isEqualTo("weather: keychain skipped: secret-tool did not answer within 3000 ms (is the keyring locked?)\n");
    }

    @Test
    void malformedDotEnvIsReportedAndIgnored() throws Exception {
        Files.writeString(work.resolve(".env"), "REGION=ok\nTOKEN sk-live-secret\n");
        env.put("API_KEY", "k");
        ResolvedSettings settings = resolve(new Server());
        assertThat(settings.fileProblems()).containsExactly(work.resolve(".env")
                + ":2: expected '=' after the key (the line is not shown: it may hold a secret)");
        assertThat(settings.get("REGION").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(settings.isComplete()).isFalse();
    }

    @Test
    void injectionSetsTypedFields() throws Exception {
        env.put("API_KEY", "sk-live-abcdefgh1234");
        env.put("PASSWORD", "pw");
        env.put("REGION", "eu");
        env.put("CACHE_DIR", "/var/cache/w");
        Server server = new Server();
        server.NOTE = "initial";
        resolve(server).injectInto();
        assertThat(server.API_KEY.reveal()).isEqualTo("sk-live-abcdefgh1234");
        assertThat(server.PASSWORD).isEqualTo("pw");
        assertThat(server.PORT).isEqualTo(8080);
        assertThat(server.TIMEOUT).isEqualTo(Duration.ofSeconds(30));
        assertThat(server.CACHE_DIR).contains(Path.of("/var/cache/w"));
        assertThat(server.NOTE).as("unset optional keeps its value").isEqualTo("initial");
        assertThat(server.REGION).isEqualTo("eu");
    }

    @Test
    void unsetOptionalFieldBecomesEmpty() {
        Server server = new Server();
        resolve(server).injectInto();
        assertThat(server.CACHE_DIR).isEmpty();
        assertThat(server.API_KEY).isNull();
    }

    @Test
    void promptsForMissingRequiredSettingsOnlyWithAConsoleAndNotServingStdio() {
        env.put("PASSWORD", "pw");
        ScriptedConsole console = new ScriptedConsole("sk-live-abcdefgh1234", "eu");
        SettingsModel model = SettingsModel.scan(new Server());

        ResolvedSettings serving = new SettingsResolver(environment(keychain)).resolve(model, true, console);
        assertThat(serving.get("API_KEY").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(console.transcript).isEmpty();

        ResolvedSettings interactive = new SettingsResolver(environment(keychain)).resolve(model, false, console);
        assertThat(interactive.get("API_KEY").source()).isEqualTo(SettingSource.PROMPT);
        assertThat(console.hiddenPrompts).containsExactly("API_KEY (API key): ");
        assertThat(console.visiblePrompts).containsExactly("REGION: ");
        assertThat(interactive.isComplete()).isTrue();
    }

    @Test
    void promptRejectsAValueOfTheWrongTypeAndAsksAgain() {
        SettingsModel model = new SettingsModel().add(SettingDefinition.builder("COUNT").type(dev.mcpkit.SettingType.INT).build());
        ScriptedConsole console = new ScriptedConsole("many", "3");
        ResolvedSettings settings = new SettingsResolver(environment(keychain)).resolve(model, false, console);
        assertThat(settings.value("COUNT")).isEqualTo(3);
        assertThat(console.transcript.toString()).contains("rejected: COUNT from prompt: expected an integer, got \"many\"");
    }

    @Test
    void unexpandedClientPlaceholdersCountAsUnset() {
        org.assertj.core.api.Assertions.assertThat(SettingsResolver.isUnexpandedPlaceholder("${API_KEY}")).isTrue();
        org.assertj.core.api.Assertions.assertThat(SettingsResolver.isUnexpandedPlaceholder("${input:api-key}")).isTrue();
        org.assertj.core.api.Assertions.assertThat(SettingsResolver.isUnexpandedPlaceholder("${not a placeholder}")).isFalse();
        org.assertj.core.api.Assertions.assertThat(SettingsResolver.isUnexpandedPlaceholder("abc${X}")).isFalse();
    }

    @Test
    void aPlaceholderTheClientDidNotReplaceIsNamedWithTheClientFeatureAndTheFix() {
        env.put("REGION", "${input:region}");
        env.put("API_KEY", "k");
        ResolvedSetting region = resolve(new Server()).get("REGION");
        assertThat(region.status()).isEqualTo(SettingStatus.MISSING);
        assertThat(region.problem()).startsWith("REGION is required; the environment holds the placeholder ${input:region},")
                .contains("VS Code replaces ${input:...}").contains("put the value itself in the client's env block")
                .contains("`weather --setup`");
    }
}
