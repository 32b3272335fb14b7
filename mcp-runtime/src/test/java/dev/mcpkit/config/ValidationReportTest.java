package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.SettingType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationReportTest {

    @TempDir
    Path work;
    @TempDir
    Path config;

    final Map<String, String> env = new HashMap<>();
    final MemoryKeychain keychain = new MemoryKeychain();

    private final SettingsModel model = new SettingsModel()
            .add(SettingDefinition.builder("API_KEY").description("API key").secret(true).build())
            .add(SettingDefinition.builder("PORT").description("Port").type(SettingType.INT).defaultValue("8080").build())
            .add(SettingDefinition.builder("REGION").description("Region").build())
            .add(SettingDefinition.builder("NOTE").required(false).build());

    private ResolvedSettings resolve() {
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").command("weather").environment(env).workingDir(work)
                .configDir(config).stateDir(config).keychain(keychain).diagnostics(new PrintStream(new ByteArrayOutputStream())).build();
        return new SettingsResolver(environment).resolve(model);
    }

    @Test
    void completeConfigurationRendersTheTableAndExitsZero() {
        keychain.entries.put("weather/API_KEY", "sk-live-abcdefgh1234");
        env.put("REGION", "eu");
        ValidationReport report = new ValidationReport(resolve(), false);
        assertThat(report.exitCode()).isZero();
        assertThat(report.render()).isEqualTo("Configuration of weather\n"
                + "KEY      SOURCE                      STATUS   VALUE\n"
                + "API_KEY  keychain (memory keychain)  ok       ****1234\n"
                + "PORT     default                     default  8080\n"
                + "REGION   env                         ok       eu\n"
                + "NOTE     -                           unset    -\n"
                + "\nOK: all 4 settings are valid.\n");
    }

    @Test
    void problemsComeWithTheExactFixAndExitOne() throws Exception {
        Files.writeString(work.resolve(".env"), "# local\nPORT=eighty\n");
        ValidationReport report = new ValidationReport(resolve(), false);
        String text = report.render();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(text).contains("API_KEY  -  ").contains("MISSING")
                .contains("PORT     .env (" + work.resolve(".env") + ":2)")
                .contains("  - API_KEY is required and not set\n"
                        + "      fix: weather --setup\n"
                        + "       or: export API_KEY=...   (or in the MCP client's \"env\" for this server)\n")
                .contains("  - PORT from .env (" + work.resolve(".env") + ":2): expected an integer, got \"eighty\"\n"
                        + "      fix: edit line 2 of " + work.resolve(".env") + " to read PORT=<integer>\n")
                .contains("  - REGION is required and not set\n"
                        + "      fix: weather --setup\n"
                        + "       or: export REGION=...   (or in the MCP client's \"env\" for this server)\n"
                        + "       or: add REGION=... to " + config.resolve(".env") + "\n")
                .endsWith("\n3 problems: weather is not fully configured.\n");
    }

    @Test
    void invalidSecretIsMaskedAndWindowsHintsUsePowerShell() {
        env.put("API_KEY", "x");
        env.put("REGION", "");
        SettingsModel pinModel = new SettingsModel()
                .add(SettingDefinition.builder("PIN").type(SettingType.INT).secret(true).build());
        env.put("PIN", "12ab-hunter2");
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").environment(env).workingDir(work)
                .configDir(config).stateDir(config).keychain(keychain).build();
        String text = new ValidationReport(new SettingsResolver(environment).resolve(pinModel), true).render();
        assertThat(text).contains("PIN  env     INVALID  ****")
                .contains("PIN from the environment: expected an integer (the secret value is not shown)")
                .contains("fix: $env:PIN = \"...\"")
                .doesNotContain("hunter2");
    }

    @Test
    void malformedDotEnvIsAProblemWithItsLocation() throws Exception {
        Files.writeString(config.resolve(".env"), "A=1\nB\n");
        env.put("API_KEY", "k");
        env.put("REGION", "eu");
        ValidationReport report = new ValidationReport(resolve(), false);
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.render()).contains("  - " + config.resolve(".env") + ":2: expected '=' after the key (the line is not shown: it may hold a secret)\n")
                .endsWith("\n1 problem: weather is not fully configured.\n");
    }

    @Test
    void helpSectionListsEverySettingAndTheSources() {
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").command("weather").environment(env).workingDir(work)
                .configDir(config).stateDir(config).keychain(keychain).build();
        String help = SettingsHelp.render(model, environment);
        assertThat(help).startsWith("Settings (environment variables):\n"
                + "  API_KEY  string, required, secret\n"
                + "           API key\n"
                + "  PORT     int, optional, default 8080\n"
                + "           Port\n"
                + "  REGION   string, required\n"
                + "           Region\n"
                + "  NOTE     string, optional\n")
                .contains("  2. " + config.resolve(".env") + " (your own, written by --setup)\n")
                .contains("  3. the OS keychain: memory keychain, service \"weather\", account = setting key\n")
                .contains("  4. " + work.resolve(".env") + " (the directory the server starts in)\n")
                .endsWith("Store settings with `weather --setup`; check them with `weather --validate-config`.\n");
        assertThat(SettingsHelp.render(new SettingsModel(), environment)).isEqualTo("Settings: none.\n");
    }
}
