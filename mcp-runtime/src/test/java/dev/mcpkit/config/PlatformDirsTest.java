package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformDirsTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void windowsUsesAppDataAndLocalAppData() {
        PlatformDirs dirs = new PlatformDirs("Windows 11", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming",
                "LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), HOME);
        assertThat(dirs.os()).isEqualTo(PlatformDirs.Os.WINDOWS);
        assertThat(dirs.configDir("weather")).isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Roaming").resolve("weather"));
        assertThat(dirs.stateDir("weather")).isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Local").resolve("weather"));
    }

    @Test
    void windowsWithoutAppDataFallsBackUnderTheProfile() {
        PlatformDirs dirs = new PlatformDirs("Windows Server 2022", Map.of(), HOME);
        assertThat(dirs.configDir("weather")).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("weather"));
        assertThat(dirs.stateDir("weather")).isEqualTo(HOME.resolve("AppData").resolve("Local").resolve("weather"));
    }

    @Test
    void macOsUsesApplicationSupportAndLogsIgnoringXdg() {
        PlatformDirs dirs = new PlatformDirs("Mac OS X", Map.of("XDG_CONFIG_HOME", "/xdg/config", "XDG_STATE_HOME", "/xdg/state"), HOME);
        assertThat(dirs.os()).isEqualTo(PlatformDirs.Os.MACOS);
        assertThat(dirs.configDir("weather")).isEqualTo(Path.of("/home/ann/Library/Application Support/weather"));
        assertThat(dirs.stateDir("weather")).isEqualTo(Path.of("/home/ann/Library/Logs/weather"));
    }

    @Test
    void linuxUsesXdgVariablesWhenSet() {
        PlatformDirs dirs = new PlatformDirs("Linux", Map.of("XDG_CONFIG_HOME", "/xdg/config", "XDG_STATE_HOME", "/xdg/state"), HOME);
        assertThat(dirs.os()).isEqualTo(PlatformDirs.Os.OTHER);
        assertThat(dirs.configDir("weather")).isEqualTo(Path.of("/xdg/config/weather"));
        assertThat(dirs.stateDir("weather")).isEqualTo(Path.of("/xdg/state/weather"));
    }

    @Test
    void linuxFallsBackToDotConfigAndLocalStateWhenXdgIsUnsetEmptyOrRelative() {
        for (Map<String, String> env : java.util.List.of(Map.<String, String>of(),
                Map.of("XDG_CONFIG_HOME", "", "XDG_STATE_HOME", ""),
                Map.of("XDG_CONFIG_HOME", "relative/config", "XDG_STATE_HOME", "relative/state"))) {
            PlatformDirs dirs = new PlatformDirs("Linux", env, HOME);
            assertThat(dirs.configDir("weather")).as(env.toString()).isEqualTo(Path.of("/home/ann/.config/weather"));
            assertThat(dirs.stateDir("weather")).as(env.toString()).isEqualTo(Path.of("/home/ann/.local/state/weather"));
        }
    }

    @Test
    void otherUnixSystemsFollowTheXdgRule() {
        assertThat(new PlatformDirs("FreeBSD", Map.of(), HOME).configDir("w")).isEqualTo(Path.of("/home/ann/.config/w"));
    }

    @Test
    void homeComesFromTheHomeVariableOnPosixAndFromUserHomeOnWindows() {
        org.assertj.core.api.Assertions.assertThat(PlatformDirs.homeOf("Linux", java.util.Map.of("HOME", "/tmp/h"), "/root"))
                .isEqualTo(java.nio.file.Path.of("/tmp/h"));
        org.assertj.core.api.Assertions.assertThat(PlatformDirs.homeOf("Mac OS X", java.util.Map.of(), "/Users/me"))
                .isEqualTo(java.nio.file.Path.of("/Users/me"));
        org.assertj.core.api.Assertions.assertThat(PlatformDirs.homeOf("Windows 11", java.util.Map.of("HOME", "/tmp/h"), "C:\\Users\\me"))
                .isEqualTo(java.nio.file.Path.of("C:\\Users\\me"));
    }
}
