package dev.mcpkit.maven.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.mcpkit.maven.core.process.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientConfigLocationsTest {

    @TempDir
    Path home;

    private final Path project = Path.of("/work/project");

    private ClientConfigLocations on(Platform platform, Map<String, String> env) {
        return new ClientConfigLocations(platform, env, home, project);
    }

    private Path user(ClientConfigLocations locations, String client) {
        return locations.locate(client, Scope.USER).file();
    }

    @Test
    void macOsLocations() {
        ClientConfigLocations mac = on(Platform.MACOS, Map.of());
        assertThat(user(mac, "claude-desktop")).isEqualTo(home.resolve("Library/Application Support/Claude/claude_desktop_config.json"));
        assertThat(user(mac, "claude-code")).isEqualTo(home.resolve(".claude.json"));
        assertThat(user(mac, "vscode")).isEqualTo(home.resolve("Library/Application Support/Code/User/mcp.json"));
        assertThat(user(mac, "cursor")).isEqualTo(home.resolve(".cursor/mcp.json"));
        assertThat(user(mac, "windsurf")).isEqualTo(home.resolve(".codeium/windsurf/mcp_config.json"));
        assertThat(user(mac, "zed")).isEqualTo(home.resolve(".config/zed/settings.json"));
        assertThat(user(mac, "goose")).isEqualTo(home.resolve(".config/goose/config.yaml"));
    }

    @Test
    void linuxLocationsFollowXdgConfigHome() {
        Path xdg = home.resolve("xdg");
        ClientConfigLocations linux = on(Platform.LINUX, Map.of("XDG_CONFIG_HOME", xdg.toString()));
        assertThat(user(linux, "claude-desktop")).isEqualTo(xdg.resolve("Claude/claude_desktop_config.json"));
        assertThat(user(linux, "vscode")).isEqualTo(xdg.resolve("Code/User/mcp.json"));
        assertThat(user(linux, "zed")).isEqualTo(xdg.resolve("zed/settings.json"));
        assertThat(user(linux, "goose")).isEqualTo(xdg.resolve("goose/config.yaml"));
        assertThat(user(linux, "cursor")).isEqualTo(home.resolve(".cursor/mcp.json"));
    }

    @Test
    void linuxWithoutXdgConfigHomeUsesDotConfig() {
        ClientConfigLocations linux = on(Platform.LINUX, Map.of("XDG_CONFIG_HOME", "relative/ignored"));
        assertThat(user(linux, "claude-desktop")).isEqualTo(home.resolve(".config/Claude/claude_desktop_config.json"));
    }

    @Test
    void windowsLocationsUseAppData() {
        Path appData = home.resolve("AppData/Roaming");
        ClientConfigLocations windows = on(Platform.WINDOWS, Map.of("APPDATA", appData.toString(),
                "LOCALAPPDATA", home.resolve("AppData/Local").toString()));
        assertThat(user(windows, "claude-desktop")).isEqualTo(appData.resolve("Claude/claude_desktop_config.json"));
        assertThat(user(windows, "vscode")).isEqualTo(appData.resolve("Code/User/mcp.json"));
        assertThat(user(windows, "zed")).isEqualTo(appData.resolve("Zed/settings.json"));
        assertThat(user(windows, "goose")).isEqualTo(appData.resolve("Block/goose/config/config.yaml"));
        assertThat(user(windows, "cursor")).isEqualTo(home.resolve(".cursor/mcp.json"));
        assertThat(user(windows, "windsurf")).isEqualTo(home.resolve(".codeium/windsurf/mcp_config.json"));
    }

    @Test
    void windowsStoreBuildOfClaudeDesktopIsPreferredWhenInstalled() throws Exception {
        Path local = home.resolve("AppData/Local");
        Path pkg = Files.createDirectories(local.resolve("Packages/Claude_pzs8sxrjxfjjc"));
        ClientConfigLocations windows = on(Platform.WINDOWS, Map.of("APPDATA", home.resolve("AppData/Roaming").toString(),
                "LOCALAPPDATA", local.toString()));

        ConfigLocation location = windows.locate("claude-desktop", Scope.USER);

        assertThat(location.file()).isEqualTo(pkg.resolve("LocalCache/Roaming/Claude/claude_desktop_config.json"));
        assertThat(location.note()).contains("Microsoft Store");
    }

    @Test
    void projectScopeLocations() {
        ClientConfigLocations linux = on(Platform.LINUX, Map.of());
        assertThat(linux.locate("claude-code", Scope.PROJECT).file()).isEqualTo(project.resolve(".mcp.json"));
        assertThat(linux.locate("vscode", Scope.PROJECT).file()).isEqualTo(project.resolve(".vscode/mcp.json"));
        assertThat(linux.locate("cursor", Scope.PROJECT).file()).isEqualTo(project.resolve(".cursor/mcp.json"));
        assertThat(linux.locate("zed", Scope.PROJECT).file()).isEqualTo(project.resolve(".zed/settings.json"));
        assertThatThrownBy(() -> linux.locate("claude-desktop", Scope.PROJECT)).hasMessageContaining("-Dmcp.scope=user");
    }

    @Test
    void homeIsTheHomeVariableOnMacAndLinuxAndUserHomeOnWindowsAsTheServerReadsIt() {
        assertThat(ClientConfigLocations.home(Platform.LINUX, Map.of("HOME", "/tmp/h"), "/root")).isEqualTo(Path.of("/tmp/h"));
        assertThat(ClientConfigLocations.home(Platform.MACOS, Map.of("HOME", "/tmp/h"), "/Users/me")).isEqualTo(Path.of("/tmp/h"));
        assertThat(ClientConfigLocations.home(Platform.LINUX, Map.of("HOME", ""), "/root")).isEqualTo(Path.of("/root"));
        assertThat(ClientConfigLocations.home(Platform.LINUX, Map.of(), "/root")).isEqualTo(Path.of("/root"));
        assertThat(ClientConfigLocations.home(Platform.WINDOWS, Map.of("HOME", "/tmp/h"), "C:\\Users\\me"))
                .isEqualTo(Path.of("C:\\Users\\me"));
    }

    @Test
    void installTargetsTheHomeVariableWhenItDiffersFromTheAccountsHome() throws Exception {
        // as under sudo or in a container: $HOME is not the account's home, which is what the JVM's user.home says
        Path otherHome = Files.createDirectories(home.resolve("other-home"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
                "dev.mcpkit.maven.fixtures.PrintClientConfigFile", "claude-code");
        pb.environment().put("HOME", otherHome.toString());
        Process p = pb.redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(printed).isZero();
        assertThat(printed).isEqualTo(otherHome.resolve(".claude.json").toString());
    }

    @Test
    void platformFromOsName() {
        assertThat(Platform.fromOsName("Mac OS X")).isEqualTo(Platform.MACOS);
        assertThat(Platform.fromOsName("Windows 11")).isEqualTo(Platform.WINDOWS);
        assertThat(Platform.fromOsName("Linux")).isEqualTo(Platform.LINUX);
        assertThat(Platform.fromOsName("FreeBSD")).isEqualTo(Platform.LINUX);
    }
}
