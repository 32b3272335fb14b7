package dev.mcpkit.maven.core.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.process.Platform;

/**
 * Where each client keeps its configuration, per platform. The platform, environment, home and project
 * directories are given, not read, so every platform is testable on any machine.
 */
public final class ClientConfigLocations {

    private final Platform platform;
    private final Map<String, String> env;
    private final Path home;
    private final Path projectDir;

    public ClientConfigLocations(Platform platform, Map<String, String> env, Path home, Path projectDir) {
        this.platform = platform;
        this.env = Map.copyOf(env);
        this.home = home;
        this.projectDir = projectDir;
    }

    public static ClientConfigLocations current(Path projectDir) {
        Platform platform = Platform.current();
        return new ClientConfigLocations(platform, System.getenv(), home(platform, System.getenv(), System.getProperty("user.home")),
                projectDir);
    }

    /**
     * The user's home by the rule mcp-runtime reads its own files with, so that a client's file is found where the
     * server's are: {@code $HOME} on macOS and Linux when set and not empty (sudo and containers may set another home
     * than the account's, which {@code user.home} ignores), else {@code user.home}; on Windows always {@code user.home}.
     */
    static Path home(Platform platform, Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return platform != Platform.WINDOWS && home != null && !home.isEmpty() ? Path.of(home) : Path.of(userHome);
    }

    public Platform platform() {
        return platform;
    }

    public ConfigLocation locate(String clientId, Scope scope) {
        switch (clientId) {
            case "claude-desktop":
                requireUser(scope, "Claude Desktop");
                return claudeDesktop();
            case "claude-code":
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve(".mcp.json"), "project scope, shared through version control")
                        : new ConfigLocation(home.resolve(".claude.json"), "user scope, every project");
            case "vscode":
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve(".vscode").resolve("mcp.json"), "workspace")
                        : new ConfigLocation(appConfigDir().resolve("Code").resolve("User").resolve("mcp.json"), "user profile");
            case "cursor":
            case "cursor-agent":   // the CLI reads the editor's files
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve(".cursor").resolve("mcp.json"), "project")
                        : new ConfigLocation(home.resolve(".cursor").resolve("mcp.json"), "global");
            case "windsurf":
                requireUser(scope, "Windsurf");
                return new ConfigLocation(home.resolve(".codeium").resolve("windsurf").resolve("mcp_config.json"), null);
            case "zed":
                if (scope == Scope.PROJECT) {
                    return new ConfigLocation(projectDir.resolve(".zed").resolve("settings.json"), "project settings");
                }
                if (platform == Platform.WINDOWS) {
                    return new ConfigLocation(appData().resolve("Zed").resolve("settings.json"), null);
                }
                // Zed uses ~/.config/zed on macOS too, not ~/Library
                Path zedConfig = platform == Platform.MACOS ? home.resolve(".config") : xdgConfigHome();
                return new ConfigLocation(zedConfig.resolve("zed").resolve("settings.json"), null);
            case "goose":
                requireUser(scope, "Goose");
                return new ConfigLocation(platform == Platform.WINDOWS
                        ? appData().resolve("Block").resolve("goose").resolve("config").resolve("config.yaml")
                        : xdgConfigHome().resolve("goose").resolve("config.yaml"), null);
            case "gemini":
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve(".gemini").resolve("settings.json"), "project")
                        : new ConfigLocation(home.resolve(".gemini").resolve("settings.json"), "user");
            case "codex":
                requireUser(scope, "Codex");
                return new ConfigLocation(codexHome().resolve("config.toml"), null);
            case "opencode":
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve("opencode.json"), "project")
                        : new ConfigLocation(xdgConfigHome().resolve("opencode").resolve("opencode.json"), "global");
            case "antigravity":
                requireUser(scope, "Antigravity");
                return new ConfigLocation(home.resolve(".gemini").resolve("antigravity").resolve("mcp_config.json"), null);
            case "antigravity-cli":
                requireUser(scope, "Antigravity CLI");
                return new ConfigLocation(home.resolve(".gemini").resolve("config").resolve("mcp_config.json"), null);
            case "junie":
                return scope == Scope.PROJECT
                        ? new ConfigLocation(projectDir.resolve(".junie").resolve("mcp").resolve("mcp.json"), "project")
                        : new ConfigLocation(home.resolve(".junie").resolve("mcp").resolve("mcp.json"), "user");
            case "jetbrains":   // the IDE keeps its servers in its own settings, not in a file a user edits
                return new ConfigLocation(null, "the IDE's Settings | Tools | AI Assistant | Model Context Protocol (MCP) | Add |"
                        + " As JSON: paste it there");
            default:
                throw new IllegalArgumentException("unknown client '" + clientId + "'");
        }
    }

    /** {@code $CODEX_HOME}, which Codex reads its configuration from, else {@code ~/.codex}. */
    private Path codexHome() {
        String codexHome = env.get("CODEX_HOME");
        return codexHome != null && !codexHome.isEmpty() ? Path.of(codexHome) : home.resolve(".codex");
    }

    /**
     * Windows: the Microsoft Store (MSIX) build, the default installer since early 2026, reads a virtualised
     * copy under its package folder, not %APPDATA%; its publisher suffix is matched, not hard-coded.
     */
    private ConfigLocation claudeDesktop() {
        String file = "claude_desktop_config.json";
        switch (platform) {
            case MACOS:
                return new ConfigLocation(home.resolve("Library").resolve("Application Support").resolve("Claude").resolve(file), null);
            case WINDOWS:
                List<Path> packages = storePackages();
                if (!packages.isEmpty()) {
                    Path pkg = packages.get(0);
                    return new ConfigLocation(pkg.resolve("LocalCache").resolve("Roaming").resolve("Claude").resolve(file),
                            "Microsoft Store build (" + pkg.getFileName() + ")");
                }
                return new ConfigLocation(appData().resolve("Claude").resolve(file), null);
            default:
                return new ConfigLocation(xdgConfigHome().resolve("Claude").resolve(file), null);
        }
    }

    /** Installed Store packages of Claude, the one already holding a configuration first. */
    private List<Path> storePackages() {
        List<Path> found = new ArrayList<>();
        String local = env.get("LOCALAPPDATA");
        Path packages = local == null ? home.resolve("AppData").resolve("Local").resolve("Packages") : Path.of(local).resolve("Packages");
        if (!Files.isDirectory(packages)) {
            return found;
        }
        try (Stream<Path> children = Files.list(packages)) {
            children.filter(p -> p.getFileName().toString().startsWith("Claude_") && Files.isDirectory(p))
                    .sorted()
                    .forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort((a, b) -> Boolean.compare(hasConfig(b), hasConfig(a)));
        return found;
    }

    private static boolean hasConfig(Path pkg) {
        return Files.exists(pkg.resolve("LocalCache").resolve("Roaming").resolve("Claude").resolve("claude_desktop_config.json"));
    }

    /** Per-user application configuration: %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME. */
    private Path appConfigDir() {
        switch (platform) {
            case WINDOWS:
                return appData();
            case MACOS:
                return home.resolve("Library").resolve("Application Support");
            default:
                return xdgConfigHome();
        }
    }

    private Path appData() {
        String appData = env.get("APPDATA");
        return appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
    }

    private Path xdgConfigHome() {
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec says to ignore a relative value
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
    }

    private static void requireUser(Scope scope, String client) {
        if (scope == Scope.PROJECT) {
            throw new IllegalArgumentException(client + " has no project configuration: use -Dmcp.scope=user");
        }
    }
}
