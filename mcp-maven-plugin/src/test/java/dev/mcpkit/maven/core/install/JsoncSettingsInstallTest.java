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

/** Zed's settings.json and VS Code's mcp.json are JSON with comments: installing keeps every comment where the user put it. */
class JsoncSettingsInstallTest {

    private static final LaunchSpec SPEC = LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0", List.of());

    private static final String ZED_DEFAULT = "// Zed settings\n"
            + "//\n"
            + "// For information on how to configure Zed, see the Zed\n"
            + "// documentation: https://zed.dev/docs/configuring-zed\n"
            + "{\n"
            + "  \"ui_font_size\": 16, // bigger\n"
            + "  \"theme\": {\n"
            + "    \"mode\": \"system\",\n"
            + "    \"light\": \"One Light\",\n"
            + "    \"dark\": \"One Dark\",\n"
            + "  },\n"
            + "}\n";

    @TempDir
    Path dir;

    private final ConfigInstaller installer = new ConfigInstaller(Clock.systemUTC());
    private final ClientConfigWriter zed = ClientConfigs.get("zed");

    @Test
    void installIntoCommentedSettingsKeepsEveryCommentAndTrailingComma() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), ZED_DEFAULT);

        InstallResult result = installer.install(zed, file, "weather", SPEC, false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.UPDATED);
        assertThat(Files.readString(file)).isEqualTo("// Zed settings\n"
                + "//\n"
                + "// For information on how to configure Zed, see the Zed\n"
                + "// documentation: https://zed.dev/docs/configuring-zed\n"
                + "{\n"
                + "  \"context_servers\": {\n"
                + "    \"weather\": {\n"
                + "      \"command\": \"jbang\",\n"
                + "      \"args\": [\n"
                + "        \"--quiet\",\n"
                + "        \"--java\",\n"
                + "        \"17+\",\n"
                + "        \"--runtime-option=-XX:+DisplayVMOutputToStderr\",\n"
                + "        \"--runtime-option=-Xlog:disable\",\n"
                + "        \"--runtime-option=-Xlog:all=warning:stderr\",\n"
                + "        \"com.example:weather:1.2.0\"\n"
                + "      ]\n"
                + "    }\n"
                + "  },\n"
                + "  \"ui_font_size\": 16, // bigger\n"
                + "  \"theme\": {\n"
                + "    \"mode\": \"system\",\n"
                + "    \"light\": \"One Light\",\n"
                + "    \"dark\": \"One Dark\",\n"
                + "  },\n"
                + "}\n");
        assertThat(installer.install(zed, file, "weather", SPEC, false).outcome()).isEqualTo(InstallResult.Outcome.UNCHANGED);
    }

    @Test
    void existingEntryIsReplacedInPlaceAndNeighboursKeepTheirComments() throws Exception {
        String settings = "{\n"
                + "  \"context_servers\": {\n"
                + "    // my database\n"
                + "    \"postgres\": {\"command\": \"pg-mcp\"},\n"
                + "    \"weather\": {\"command\": \"old\"}, // was here before\n"
                + "  },\n"
                + "}\n";
        Path file = Files.writeString(dir.resolve("settings.json"), settings);

        installer.install(zed, file, "weather", SPEC, false);

        String after = Files.readString(file);
        assertThat(after).startsWith("{\n  \"context_servers\": {\n    // my database\n    \"postgres\": {\"command\": \"pg-mcp\"},\n"
                + "    \"weather\": {\n      \"command\": \"jbang\",")
                .endsWith("    }, // was here before\n  },\n}\n");
    }

    @Test
    void newEntryGoesFirstIntoExistingContextServers() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\n  // servers\n  \"context_servers\": {\n    \"postgres\": {\"command\": \"pg-mcp\"}\n  }\n}\n");

        installer.install(zed, file, "weather", SPEC, false);

        assertThat(Files.readString(file)).startsWith("{\n  // servers\n  \"context_servers\": {\n    \"weather\": {\n")
                .endsWith("    },\n    \"postgres\": {\"command\": \"pg-mcp\"}\n  }\n}\n");
    }

    @Test
    void uninstallRemovesOnlyItsEntryAndKeepsTheComments() throws Exception {
        String settings = "{\n"
                + "  \"context_servers\": {\n"
                + "    // my database\n"
                + "    \"postgres\": {\"command\": \"pg-mcp\"},\n"
                + "    \"weather\": {\"command\": \"old\"} // ours\n"
                + "  }\n"
                + "}\n";
        Path file = Files.writeString(dir.resolve("settings.json"), settings);

        InstallResult result = installer.uninstall(zed, file, "weather", false);

        assertThat(result.outcome()).isEqualTo(InstallResult.Outcome.REMOVED);
        assertThat(Files.readString(file)).isEqualTo("{\n"
                + "  \"context_servers\": {\n"
                + "    // my database\n"
                + "    \"postgres\": {\"command\": \"pg-mcp\"} // ours\n"
                + "  }\n"
                + "}\n");
    }

    @Test
    void uninstallOfTheOnlyEntryLeavesAnEmptyObject() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "// c\n{\n  \"context_servers\": {\n    \"weather\": {\"command\": \"old\"},\n  },\n}\n");

        installer.uninstall(zed, file, "weather", false);

        assertThat(Files.readString(file)).isEqualTo("// c\n{\n  \"context_servers\": {\n  },\n}\n");
    }

    @Test
    void reinstallAfterUninstallIndentsTheClosingBraceAsTheFirstInstallDid() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), ZED_DEFAULT);
        installer.install(zed, file, "weather", SPEC, false);
        String installed = Files.readString(file);
        installer.uninstall(zed, file, "weather", false);
        assertThat(Files.readString(file)).contains("  \"context_servers\": {\n  },\n");

        installer.install(zed, file, "weather", SPEC, false);

        assertThat(Files.readString(file)).isEqualTo(installed);
    }

    @Test
    void commentInsideAnEmptyContainerStaysAtTheMembersIndentation() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\n  \"context_servers\": {\n    // none yet\n  }\n}\n");

        installer.install(zed, file, "weather", SPEC, false);

        assertThat(Files.readString(file)).startsWith("{\n  \"context_servers\": {\n    \"weather\": {\n")
                .endsWith("\n    }\n    // none yet\n  }\n}\n");
    }

    @Test
    void layoutItCannotEditIsRefusedWithTheEntryAndLeftUntouched() throws Exception {
        String settings = "// c\n{\n  \"context_servers\": null\n}\n";
        Path file = Files.writeString(dir.resolve("settings.json"), settings);

        assertThatThrownBy(() -> installer.install(zed, file, "weather", SPEC, false))
                .isInstanceOf(ConfigFileException.class)
                .hasMessageContaining("contains comments")
                .hasMessageContaining("left unchanged")
                .hasMessageContaining("\"context_servers\": {");
        assertThat(Files.readString(file)).isEqualTo(settings);
    }

    @Test
    void malformedJsoncIsRefusedWithLineAndColumn() throws Exception {
        String settings = "// c\n{\n  \"theme\": \n}\n";
        Path file = Files.writeString(dir.resolve("settings.json"), settings);

        assertThatThrownBy(() -> installer.install(zed, file, "weather", SPEC, false))
                .hasMessageContaining("is not valid JSON").hasMessageContaining("line 4");
        assertThat(Files.readString(file)).isEqualTo(settings);
    }

    @Test
    void vscodeMcpJsonWithCommentsGetsTheServerSplicedIn() throws Exception {
        Path file = Files.writeString(dir.resolve("mcp.json"), "{\n  // team servers\n  \"servers\": {}\n}\n");

        installer.install(ClientConfigs.get("vscode"), file, "weather", SPEC, false);

        assertThat(Files.readString(file)).startsWith("{\n  // team servers\n  \"servers\": {\n    \"weather\": {\n      \"type\": \"stdio\",\n");
    }

    @Test
    void vscodeMcpJsonWithCommentsNeedingNewInputsIsRefusedUntouched() throws Exception {
        String text = "{\n  // team servers\n  \"servers\": {}\n}\n";
        Path file = Files.writeString(dir.resolve("mcp.json"), text);
        LaunchSpec withSecret = LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0",
                List.of(dev.mcpkit.maven.core.describe.Setting.of("WEATHER_API_KEY", "key", true, true)));

        assertThatThrownBy(() -> installer.install(ClientConfigs.get("vscode"), file, "weather", withSecret, false))
                .hasMessageContaining("contains comments").hasMessageContaining("\"inputs\"");
        assertThat(Files.readString(file)).isEqualTo(text);
    }
}
