package dev.mcpkit.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a server keeps its configuration ({@code .env} written by {@code --setup}) and its state
 * (the audit log), following each platform's convention:
 *
 * <table>
 *   <caption>directories</caption>
 *   <tr><th></th><th>config</th><th>state</th></tr>
 *   <tr><td>Windows</td><td>{@code %APPDATA%\<name>}</td><td>{@code %LOCALAPPDATA%\<name>}</td></tr>
 *   <tr><td>macOS</td><td>{@code ~/Library/Application Support/<name>}</td><td>{@code ~/Library/Logs/<name>}</td></tr>
 *   <tr><td>others</td><td>{@code $XDG_CONFIG_HOME/<name>} or {@code ~/.config/<name>}</td>
 *       <td>{@code $XDG_STATE_HOME/<name>} or {@code ~/.local/state/<name>}</td></tr>
 * </table>
 * The operating system name, environment and home directory are injected so that every rule can
 * be tested on any machine.
 */
public final class PlatformDirs {

    /** The operating system families whose conventions differ. */
    public enum Os { WINDOWS, MACOS, OTHER }

    private final Os os;
    private final Map<String, String> environment;
    private final Path home;

    public PlatformDirs(String osName, Map<String, String> environment, Path home) {
        this.os = osOf(osName);
        this.environment = environment;
        this.home = home;
    }

    /** The directories of the running JVM's platform and user. */
    public static PlatformDirs current() {
        String osName = System.getProperty("os.name", "");
        return new PlatformDirs(osName, System.getenv(), homeOf(osName, System.getenv(), System.getProperty("user.home", ".")));
    }

    /**
     * The user's home: {@code $HOME} on macOS and Linux when set (a client or a test may start the
     * server with another home than the account's, and the JVM's {@code user.home} ignores it),
     * else {@code user.home}.
     */
    static Path homeOf(String osName, Map<String, String> environment, String userHome) {
        String home = environment.get("HOME");
        if (osOf(osName) != Os.WINDOWS && home != null && !home.isEmpty()) {
            return Path.of(home);
        }
        return Path.of(userHome);
    }

    /** Classifies an {@code os.name} value. */
    public static Os osOf(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return Os.WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return Os.MACOS;
        }
        return Os.OTHER;
    }

    public Os os() {
        return os;
    }

    /** The configuration directory of the server called {@code name}. */
    public Path configDir(String name) {
        switch (os) {
            case WINDOWS:
                return base("APPDATA", home.resolve("AppData").resolve("Roaming")).resolve(name);
            case MACOS:
                return home.resolve("Library").resolve("Application Support").resolve(name);
            default:
                return base("XDG_CONFIG_HOME", home.resolve(".config")).resolve(name);
        }
    }

    /** The state directory (audit log) of the server called {@code name}. */
    public Path stateDir(String name) {
        switch (os) {
            case WINDOWS:
                return base("LOCALAPPDATA", home.resolve("AppData").resolve("Local")).resolve(name);
            case MACOS:
                return home.resolve("Library").resolve("Logs").resolve(name);
            default:
                return base("XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(name);
        }
    }

    /** The directory an environment variable names, or the fallback when it is unset, empty or (XDG rule) relative. */
    private Path base(String variable, Path fallback) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        Path path = Path.of(value);
        if (os == Os.OTHER && !path.isAbsolute()) {
            return fallback;
        }
        return path;
    }
}
