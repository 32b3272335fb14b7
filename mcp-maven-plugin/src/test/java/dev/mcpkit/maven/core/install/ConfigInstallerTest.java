package dev.mcpkit.maven.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.clients.ClientConfigWriter;
import dev.mcpkit.maven.core.clients.ClientConfigs;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigInstallerTest {

    private static final LaunchSpec SPEC = LaunchSpecs.launcher(Path.of("/opt/weather/bin/weather"),
            List.of(Setting.of("WEATHER_API_KEY", "API key", true, true)));

    private static final String EXISTING = "{\n"
            + "  \"globalShortcut\": \"Ctrl+Space\",\n"
            + "  \"mcpServers\": {\n"
            + "    \"filesystem\": {\n"
            + "      \"command\": \"npx\",\n"
            + "      \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"/tmp\"],\n"
            + "      \"futureOption\": {\"nested\": [1, 2.5, true, null]}\n"
            + "    }\n"
            + "  },\n"
            + "  \"zzUnknown\": {\"keep\": \"me\"}\n"
            + "}\n";

    @TempDir
    Path dir;

    private final ConfigInstaller installer = new ConfigInstaller(
            Clock.fixed(Instant.parse("2026-11-24T17:05:09Z"), ZoneOffset.UTC));
    private final ClientConfigWriter desktop = ClientConfigs.get("claude-desktop");

    @Test
    void installKeepsOtherServersAndUnknownKeysInTheirOrder() throws Exception {
        Path file = write("claude_desktop_config.json", EXISTING);

        InstallResult result = installer.install(desktop, file, "weather", SPEC, false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.UPDATED);
        String after = Files.readString(file);
        assertThat(after).isEqualTo("{\n"
                + "  \"globalShortcut\": \"Ctrl+Space\",\n"
                + "  \"mcpServers\": {\n"
                + "    \"filesystem\": {\n"
                + "      \"command\": \"npx\",\n"
                + "      \"args\": [\n"
                + "        \"-y\",\n"
                + "        \"@modelcontextprotocol/server-filesystem\",\n"
                + "        \"/tmp\"\n"
                + "      ],\n"
                + "      \"futureOption\": {\n"
                + "        \"nested\": [\n"
                + "          1,\n"
                + "          2.5,\n"
                + "          true,\n"
                + "          null\n"
                + "        ]\n"
                + "      }\n"
                + "    },\n"
                + "    \"weather\": {\n"
                + "      \"command\": \"/opt/weather/bin/weather\",\n"
                + "      \"args\": [],\n"
                + "      \"env\": {\n"
                + "        \"WEATHER_API_KEY\": \"${WEATHER_API_KEY}\"\n"
                + "      }\n"
                + "    }\n"
                + "  },\n"
                + "  \"zzUnknown\": {\n"
                + "    \"keep\": \"me\"\n"
                + "  }\n"
                + "}\n");
        assertThat(result.message("weather")).contains("Added the server 'weather'").contains("WEATHER_API_KEY");
    }

    @Test
    void installKeepsATimestampedBackupOfThePreviousFile() throws Exception {
        Path file = write("claude_desktop_config.json", EXISTING);

        InstallResult result = installer.install(desktop, file, "weather", SPEC, false);

        assertThat(result.backup()).isEqualTo(dir.resolve("claude_desktop_config.json.bak-20261124-170509"));
        assertThat(Files.readString(result.backup())).isEqualTo(EXISTING);
    }

    @Test
    void secondInstallChangesNothingAndMakesNoBackup() throws Exception {
        Path file = write("claude_desktop_config.json", EXISTING);
        installer.install(desktop, file, "weather", SPEC, false);
        byte[] afterFirst = Files.readAllBytes(file);
        deleteBackups();

        InstallResult second = installer.install(desktop, file, "weather", SPEC, false);

        assertThat(second.outcome()).isEqualTo(InstallResult.Outcome.UNCHANGED);
        assertThat(second.message("weather")).contains("already up to date");
        assertThat(Files.readAllBytes(file)).isEqualTo(afterFirst);
        assertThat(backups()).isEmpty();
    }

    @Test
    void malformedFileIsRefusedWithLineAndColumnAndLeftByteForByte() throws Exception {
        String broken = "{\n  \"mcpServers\": {\n    \"a\": {\"command\": \"x\",}\n  }\n";
        Path file = write("claude_desktop_config.json", broken);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> installer.install(desktop, file, "weather", SPEC, false))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("line 3, column")
                .hasMessageContaining("left unchanged")
                .hasMessageContaining("-Dmcp.configFile");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backups()).isEmpty();
    }

    @Test
    void fileThatIsNotUtf8IsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("mcp.json");
        byte[] latin1 = "{\"k\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);

        assertThatThrownBy(() -> installer.install(desktop, file, "weather", SPEC, false)).hasMessageContaining("not UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }

    @Test
    void missingDirectoriesAreCreated() throws Exception {
        Path file = dir.resolve("Library/Application Support/Claude/claude_desktop_config.json");

        InstallResult result = installer.install(desktop, file, "weather", SPEC, false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.CREATED);
        assertThat(result.backup()).isNull();
        assertThat(Files.readString(file)).contains("\"weather\"");
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws Exception {
        String small = "{\n  \"mcpServers\": {}\n}\n";
        Path file = write("claude_desktop_config.json", small);

        InstallResult result = installer.install(desktop, file, "weather", SPEC, true);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.DRY_RUN);
        assertThat(result.diff()).isEqualTo("--- " + file + "\n+++ " + file + "\n"
                + "@@ -1,3 +1,11 @@\n"
                + " {\n"
                + "-  \"mcpServers\": {}\n"
                + "+  \"mcpServers\": {\n"
                + "+    \"weather\": {\n"
                + "+      \"command\": \"/opt/weather/bin/weather\",\n"
                + "+      \"args\": [],\n"
                + "+      \"env\": {\n"
                + "+        \"WEATHER_API_KEY\": \"${WEATHER_API_KEY}\"\n"
                + "+      }\n"
                + "+    }\n"
                + "+  }\n"
                + " }\n");
        assertThat(Files.readString(file)).isEqualTo(small);
        assertThat(backups()).isEmpty();
    }

    @Test
    void uninstallRemovesExactlyItsOwnEntry() throws Exception {
        Path file = write("claude_desktop_config.json", EXISTING);
        installer.install(desktop, file, "weather", SPEC, false);
        deleteBackups();

        InstallResult result = installer.uninstall(desktop, file, "weather", false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.REMOVED);
        assertThat(Files.readString(file)).doesNotContain("weather").contains("\"filesystem\"").contains("\"zzUnknown\"")
                .contains("\"globalShortcut\"");
        assertThat(backups()).hasSize(1);
    }

    @Test
    void uninstallOfAnAbsentServerSaysSoAndWritesNothing() throws Exception {
        Path file = write("claude_desktop_config.json", EXISTING);

        InstallResult result = installer.uninstall(desktop, file, "weather", false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.NOT_PRESENT);
        assertThat(result.message("weather")).contains("was not in");
        assertThat(Files.readString(file)).isEqualTo(EXISTING);
        assertThat(installer.uninstall(desktop, dir.resolve("absent.json"), "weather", false).outcome())
                .isEqualTo(InstallResult.Outcome.NOT_PRESENT);
    }

    @Test
    void ownerOnlyPermissionsSurviveTheRewrite() throws Exception {
        Path file = write(".claude.json", "{\"numStartups\": 3}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        installer.install(ClientConfigs.get("claude-code"), file, "weather", SPEC, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("\"numStartups\": 3").contains("\"type\": \"stdio\"");
    }

    @Test
    void gooseYamlKeepsOtherExtensionsAndSettings() throws Exception {
        Path file = write("config.yaml", "GOOSE_PROVIDER: anthropic\n"
                + "extensions:\n"
                + "  developer:\n"
                + "    enabled: true\n"
                + "    type: builtin\n"
                + "    name: developer\n"
                + "GOOSE_MODE: smart_approve\n");

        installer.install(ClientConfigs.get("goose"), file, "weather", SPEC, false);

        String yaml = Files.readString(file);
        assertThat(yaml).startsWith("GOOSE_PROVIDER: anthropic\nextensions:\n  developer:\n    enabled: true\n")
                .contains("  weather:\n    enabled: true\n    type: stdio\n")
                .endsWith("GOOSE_MODE: smart_approve\n");
        assertThat(installer.install(ClientConfigs.get("goose"), file, "weather", SPEC, false).outcome())
                .isEqualTo(InstallResult.Outcome.UNCHANGED);
    }

    @Test
    void malformedYamlIsRefusedAndUntouched() throws Exception {
        Path file = write("config.yaml", "extensions:\n  developer: [unclosed\n");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> installer.install(ClientConfigs.get("goose"), file, "weather", SPEC, false))
                .hasMessageContaining("is not valid YAML").hasMessageContaining("line ");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void zedSettingsWithoutCommentsAreMerged() throws Exception {
        Path file = write("settings.json", "{\"theme\": \"One Dark\", \"context_servers\": {\"other\": {\"command\": \"x\"}}}");

        installer.install(ClientConfigs.get("zed"), file, "weather", SPEC, false);

        assertThat(Files.readString(file)).contains("\"theme\": \"One Dark\"").contains("\"other\"").contains("\"weather\"");
    }

    @Test
    void crlfFileKeepsCrlfLineEnds() throws Exception {
        Path file = write("claude_desktop_config.json", "{\r\n  \"mcpServers\": {}\r\n}\r\n");

        installer.install(desktop, file, "weather", SPEC, false);

        String after = Files.readString(file);
        assertThat(after).contains("\"weather\"").endsWith("}\r\n");
        assertThat(after.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void topLevelThatIsNotAnObjectIsRefused() throws Exception {
        Path file = write("mcp.json", "[]");
        assertThatThrownBy(() -> installer.install(desktop, file, "weather", SPEC, false))
                .hasMessageContaining("not an object");
    }

    @Test
    void symlinkedConfigIsWrittenThroughTheLinkInEveryFormatAndTheLinkStaysALink() throws Exception {
        Path dotfiles = Files.createDirectories(dir.resolve("dotfiles"));
        for (String[] client : new String[][] {
                {"claude-desktop", "claude_desktop_config.json", EXISTING},
                {"zed", "settings.json", "// mine\n{\n  \"theme\": \"One Dark\",\n}\n"},
                {"goose", "config.yaml", "GOOSE_PROVIDER: mine\n"}}) {
            Path real = Files.writeString(dotfiles.resolve(client[1]), client[2]);
            Path link = Files.createSymbolicLink(dir.resolve(client[1]), Path.of("dotfiles", client[1]));

            InstallResult result = installer.install(ClientConfigs.get(client[0]), link, "weather", SPEC, false);

            assertThat(link).as(client[0]).isSymbolicLink();
            assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("dotfiles", client[1]));
            assertThat(Files.readString(real)).contains("weather").contains(client[0].equals("claude-desktop") ? "zzUnknown" : "mine");
            assertThat(result.backup()).isEqualTo(dotfiles.resolve(client[1] + ".bak-20261124-170509"));
            assertThat(Files.readString(result.backup())).isEqualTo(client[2]);
            assertThat(result.message("weather")).contains(result.backup().toString());

            installer.uninstall(ClientConfigs.get(client[0]), link, "weather", false);

            assertThat(link).isSymbolicLink();
            assertThat(Files.readString(real)).doesNotContain("weather");
        }
    }

    @Test
    void danglingSymlinkIsRefusedWithWhereItPointsAndLeftAsItIs() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("claude_desktop_config.json"), Path.of("dotfiles/claude.json"));

        assertThatThrownBy(() -> installer.install(desktop, link, "weather", SPEC, false))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining(link + " is a symbolic link to dotfiles/claude.json, which does not exist")
                .hasMessageContaining("left unchanged");
        assertThatThrownBy(() -> installer.uninstall(desktop, link, "weather", false))
                .hasMessageContaining("which does not exist");

        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("dotfiles/claude.json"));
        assertThat(dir.resolve("dotfiles")).doesNotExist();
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".bak-")).toList();
        }
    }

    private void deleteBackups() throws Exception {
        for (Path p : backups()) {
            Files.delete(p);
        }
    }
}
