package dev.mcpkit.maven.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.install.ClientCommandRunner;
import dev.mcpkit.maven.core.install.ClientConfigLocations;
import dev.mcpkit.maven.core.install.ConfigFileException;
import dev.mcpkit.maven.core.install.ConfigInstaller;
import dev.mcpkit.maven.core.install.InstallResult;
import dev.mcpkit.maven.core.install.Scope;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.project.Coordinates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What mcp:config and mcp:install do, end to end with real server processes and real files. */
class ClientSetupTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();

    @TempDir
    Path tmp;

    private ClientSetup setup(Platform platform) {
        return new ClientSetup(new ServerDescriber(),
                new ClientConfigLocations(platform, Map.of(), tmp.resolve("home"), tmp.resolve("project")),
                new ConfigInstaller(Clock.systemUTC()),
                new ClientCommandRunner(platform, Map.of("PATH", tmp.resolve("bin").toString()), tmp));
    }

    /** A client command on the PATH of {@link #setup} that records its arguments, one per line, and exits with {@code exit}. */
    private Path clientCommand(String name, int exit) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done >> \"$0.calls\"\necho \"" + name
                + " says no\" >&2\nexit " + exit + "\n");
        script.toFile().setExecutable(true);
        return bin.resolve(name + ".calls");
    }

    private static ServerRequest server(String mainClass, boolean runtime, List<Setting> declared, String name) {
        ServerCommand command = new ServerCommand(ServerCommand.currentJava(), List.of(TEST_CLASSES),
                "dev.mcpkit.maven.fixtures." + mainClass, Map.of(), null, Duration.ofSeconds(60));
        return new ServerRequest(command, ServerDescriber.Mode.AUTO, runtime, declared, name);
    }

    private LaunchRequest launch(LaunchMode mode) {
        return new LaunchRequest(mode, tmp.resolve("target/mcp"), null, Path.of("/jdk/bin/java"), List.of(), 17,
                new Coordinates("com.example", "weather", "1.2.0", "jar"));
    }

    @Test
    void configForTheLauncherPointsAtTheAbsoluteLauncherAndNamesTheFile() throws Exception {
        ConfigSnippet snippet = setup(Platform.LINUX).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.LAUNCHER), "claude-desktop", Scope.USER);

        assertThat(snippet.text()).contains("\"weather\": {")
                .contains("\"command\": \"" + tmp.resolve("target/mcp/bin/weather") + "\"")
                .contains("\"WEATHER_API_KEY\": \"${WEATHER_API_KEY}\"")
                .contains("\"WEATHER_UNITS\": \"metric\"");
        assertThat(snippet.location().file()).isEqualTo(tmp.resolve("home/.config/Claude/claude_desktop_config.json"));
        assertThat(snippet.warnings()).singleElement().asString().contains("does not exist yet");
    }

    @Test
    void configOnWindowsRunsTheCmdLauncherAndJbangThroughCmd() throws Exception {
        ConfigSnippet launcher = setup(Platform.WINDOWS).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.LAUNCHER), "cursor", Scope.USER);
        ConfigSnippet jbang = setup(Platform.WINDOWS).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.JBANG), "cursor", Scope.USER);

        assertThat(launcher.text()).contains("\"command\": \"cmd\"").contains("\"/c\",")
                .contains(tmp.resolve("target/mcp/bin/weather.cmd").toString());
        assertThat(jbang.text()).contains("\"command\": \"cmd\"").contains("\"/c\",\n        \"jbang\",\n        \"--quiet\"");
    }

    @Test
    void configInJavaModeUsesTheJarNamedAfterServerAndVersion() throws Exception {
        ConfigSnippet snippet = setup(Platform.LINUX).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.JAVA), "vscode", Scope.PROJECT);
        assertThat(snippet.text()).contains("\"/jdk/bin/java\"").contains(tmp.resolve("target/mcp/weather-1.2.0.jar").toString())
                .contains("${input:weather-weather-api-key}");
        assertThat(snippet.location().file()).isEqualTo(tmp.resolve("project/.vscode/mcp.json"));
    }

    @Test
    void allClientsAreConfiguredFromOneDescription() throws Exception {
        List<ConfigSnippet> snippets = setup(Platform.LINUX).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.JBANG), List.of("all"), Scope.PROJECT);

        assertThat(snippets).extracting(ConfigSnippet::clientName)
                .containsExactly("Claude Desktop", "Claude Code", "VS Code", "Cursor", "Windsurf", "Cursor Agent (CLI)", "Zed", "Goose",
                        "Gemini CLI", "Codex", "opencode", "Antigravity", "Antigravity CLI", "Junie", "JetBrains AI Assistant");
        assertThat(snippets.get(0).location().file()).isEqualTo(tmp.resolve("home/.config/Claude/claude_desktop_config.json"));
        assertThat(snippets.get(2).location().file()).isEqualTo(tmp.resolve("project/.vscode/mcp.json"));
        assertThat(snippets.get(7).text()).startsWith("extensions:\n  weather:\n");
        assertThat(snippets.get(9).location().file()).isEqualTo(tmp.resolve("home/.codex/config.toml"));
        assertThat(snippets.get(9).text()).startsWith("[mcp_servers.weather]\ncommand = \"jbang\"\n");
        assertThat(snippets.get(14).location().file()).as("JetBrains keeps it in the IDE").isNull();
        assertThat(snippets.get(14).location().note()).contains("Model Context Protocol (MCP) | Add | As JSON");
    }

    @Test
    void claudeCodeConfigAlsoGivesTheCommandLine() throws Exception {
        ConfigSnippet snippet = setup(Platform.LINUX).config(server("DescribingServer", true, List.of(), null),
                launch(LaunchMode.JBANG), "claude-code", Scope.USER);
        assertThat(snippet.command()).startsWith("claude mcp add --transport stdio --scope user weather ")
                .endsWith("-- jbang --quiet --java 17+ --runtime-option=-XX:+DisplayVMOutputToStderr --runtime-option=-Xlog:disable --runtime-option=-Xlog:all=warning:stderr com.example:weather:1.2.0");
    }

    @Test
    void installOfAServerWithoutDescribeUsesTheHandshakeAndDeclaredSettings() throws Exception {
        Path file = tmp.resolve("goose/config.yaml");
        ClientSetup.Installation installed = setup(Platform.LINUX).install(
                server("StdioServer", false, List.of(Setting.of("PLAIN_TOKEN", "Token", true, true)), null),
                launch(LaunchMode.JBANG), "goose", Scope.USER, file, false, false, true);

        assertThat(installed.serverName()).isEqualTo("plain-server");
        assertThat(installed.result().outcome()).isEqualTo(InstallResult.Outcome.CREATED);
        assertThat(installed.message()).contains("Restart Goose").contains("PLAIN_TOKEN");
        assertThat(Files.readString(file)).contains("  plain-server:\n").contains("    env_keys:\n    - PLAIN_TOKEN\n");

        ClientSetup.Installation removed = setup(Platform.LINUX).install(
                server("StdioServer", false, List.of(), null), launch(LaunchMode.JBANG), "goose", Scope.USER, file, false, true, true);
        assertThat(removed.result().outcome()).isEqualTo(InstallResult.Outcome.REMOVED);
        assertThat(Files.readString(file)).doesNotContain("plain-server");
    }

    @Test
    void installWithoutAConfigFileUsesThePlatformLocationAndTheNameOverride() throws Exception {
        ClientSetup.Installation installed = setup(Platform.MACOS).install(server("DescribingServer", true, List.of(), "wx"),
                launch(LaunchMode.JBANG), "claude-desktop", Scope.USER, null, false, false, true);

        Path expected = tmp.resolve("home/Library/Application Support/Claude/claude_desktop_config.json");
        assertThat(installed.result().file()).isEqualTo(expected);
        assertThat(Files.readString(expected)).contains("\"wx\": {");
    }

    @Test
    void serverThatFailsToDescribeItselfFailsTheInstallAndWritesNothing() {
        ServerRequest broken = server("NoSuchServer", true, List.of(), null);
        Path file = tmp.resolve("mcp.json");

        assertThatThrownBy(() -> setup(Platform.LINUX).install(broken, launch(LaunchMode.JBANG), "cursor", Scope.USER, file, false, false, true))
                .hasMessageStartingWith("server failed to describe itself: exit 1");
        assertThat(file).doesNotExist();
    }

    @Test
    void aClientsOwnCommandOnThePathAddsAndRemovesTheEntryAndTheFileIsLeftToIt() throws Exception {
        Path calls = clientCommand("claude", 0);
        ServerRequest server = server("DescribingServer", true, List.of(), null);

        ClientSetup.Installation installed = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "claude-code", Scope.USER,
                null, false, false, true);

        assertThat(installed.result()).isNull();
        assertThat(installed.command()).startsWith("claude mcp add --transport stdio --scope user weather --env "
                + "'WEATHER_API_KEY=${WEATHER_API_KEY}' --env WEATHER_UNITS=metric -- jbang --quiet --java 17+");
        assertThat(installed.message()).startsWith("Ran Claude Code's own command:\n  claude mcp add").contains("WEATHER_API_KEY");
        List<String> words = Files.readAllLines(calls);
        assertThat(words.subList(0, 5)).as("the old entry is removed first: claude mcp add refuses a name it has")
                .containsExactly("mcp", "remove", "--scope", "user", "weather");
        assertThat(words.subList(5, words.size())).containsSubsequence("mcp", "add", "--transport", "stdio", "--scope", "user", "weather",
                "--env", "WEATHER_API_KEY=${WEATHER_API_KEY}", "--", "jbang", "com.example:weather:1.2.0");
        assertThat(tmp.resolve("home/.claude.json")).as("the client writes its own file").doesNotExist();

        Files.delete(calls);
        ClientSetup.Installation removed = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "claude-code", Scope.PROJECT,
                null, false, true, true);
        assertThat(removed.command()).isEqualTo("claude mcp remove --scope project weather");
        assertThat(Files.readAllLines(calls)).containsExactly("mcp", "remove", "--scope", "project", "weather");
    }

    @Test
    void aDryRunRunsNothingAndAFailingClientCommandFailsTheInstallWithWhatItSaid() throws Exception {
        Path calls = clientCommand("gemini", 3);
        ServerRequest server = server("DescribingServer", true, List.of(), null);

        ClientSetup.Installation dry = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "gemini", Scope.USER, null,
                true, false, true);
        assertThat(dry.message()).startsWith("Dry run, nothing changed. Gemini CLI's own command would run:\n  gemini mcp add --scope user"
                + " -e 'WEATHER_API_KEY=${WEATHER_API_KEY}' -e WEATHER_UNITS=metric weather jbang --quiet");
        assertThat(calls).doesNotExist();

        assertThatThrownBy(() -> setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "gemini", Scope.USER, null, false, false,
                true)).isInstanceOf(ConfigFileException.class).hasMessageContaining("failed (exit 3): gemini says no")
                .hasMessageContaining("-Dmcp.clientCommand=false");
        assertThat(tmp.resolve("home/.gemini/settings.json")).doesNotExist();
    }

    @Test
    void theFileIsEditedWhereTheClientsCommandCannotCarryTheEntryIsNotOnThePathOrIsTurnedOff() throws Exception {
        Path calls = clientCommand("codex", 0);
        ServerRequest server = server("DescribingServer", true, List.of(), null);

        ClientSetup.Installation codex = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "codex", Scope.USER, null,
                false, false, true);
        assertThat(codex.warnings()).containsExactly("codex mcp add cannot pass a value through from Codex's environment (env_vars): editing "
                + tmp.resolve("home/.codex/config.toml") + " instead.");
        assertThat(Files.readString(tmp.resolve("home/.codex/config.toml"))).contains("env_vars = [\"WEATHER_API_KEY\"]");
        assertThat(calls).doesNotExist();

        ClientSetup.Installation vscode = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "vscode", Scope.PROJECT, null,
                false, false, true);
        assertThat(vscode.warnings()).containsExactly("code --add-mcp writes the user profile only: editing "
                + tmp.resolve("project/.vscode/mcp.json") + " instead.");
        ClientSetup.Installation claude = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "claude-code", Scope.USER, null,
                false, false, true);
        assertThat(claude.warnings()).containsExactly("claude is not on the PATH: editing " + tmp.resolve("home/.claude.json") + " instead.");
        assertThat(claude.result().outcome()).isEqualTo(InstallResult.Outcome.CREATED);

        clientCommand("claude", 0);
        ClientSetup.Installation off = setup(Platform.LINUX).install(server, launch(LaunchMode.JBANG), "claude-code", Scope.USER, null,
                false, false, false);
        assertThat(off.command()).isNull();
        assertThat(off.result().outcome()).isEqualTo(InstallResult.Outcome.UNCHANGED);
        assertThat(tmp.resolve("bin/claude.calls")).doesNotExist();
    }
}
