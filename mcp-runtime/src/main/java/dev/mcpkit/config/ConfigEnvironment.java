package dev.mcpkit.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything outside the server that configuration depends on: its name (keychain service and
 * directory name), the command users type (for fix hints), the process environment, the working
 * directory, the config and state directories, the keychain, and where diagnostics go.
 * {@link #system(String)} gives the real ones; tests build their own.
 */
public final class ConfigEnvironment {

    private final String serverName;
    private final Supplier<String> command;   // worked out on first use: only fix hints need it
    private final Map<String, String> environment;
    private final Path workingDir;
    private final Path configDir;
    private final Path stateDir;
    private Keychain keychain;
    private final PrintStream diagnostics;

    private ConfigEnvironment(Builder b) {
        this.serverName = b.serverName;
        String name = b.serverName;
        this.command = b.command instanceof Once ? b.command : new Once(b.command == null ? () -> name : b.command);
        this.environment = b.environment == null ? System.getenv() : b.environment;
        this.workingDir = b.workingDir == null ? Path.of("").toAbsolutePath() : b.workingDir;
        PlatformDirs dirs = b.configDir == null || b.stateDir == null ? PlatformDirs.current() : null;
        this.configDir = b.configDir != null ? b.configDir : dirs.configDir(b.serverName);
        this.stateDir = b.stateDir != null ? b.stateDir : dirs.stateDir(b.serverName);
        this.keychain = b.keychain;
        this.diagnostics = b.diagnostics == null ? System.err : b.diagnostics;
    }

    /** The real environment of server {@code serverName}: System.getenv(), the current directory, platform dirs, OS keychain, stderr. */
    public static ConfigEnvironment system(String serverName) {
        return builder(serverName).build();
    }

    public static Builder builder(String serverName) {
        return new Builder(serverName);
    }

    public String serverName() {
        return serverName;
    }

    /** How users start the server, e.g. {@code weather} or {@code java -jar weather.jar}; used in fix hints. */
    public String command() {
        return command.get();
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Path workingDir() {
        return workingDir;
    }

    public Path configDir() {
        return configDir;
    }

    public Path stateDir() {
        return stateDir;
    }

    /** The keychain; the platform's one is created on first use, as most start-ups never need it. */
    public synchronized Keychain keychain() {
        if (keychain == null) {
            keychain = Keychain.forCurrentPlatform();
        }
        return keychain;
    }

    public PrintStream diagnostics() {
        return diagnostics;
    }

    /** This environment with another keychain; nothing else is looked up again. */
    public ConfigEnvironment withKeychain(Keychain other) {
        Builder b = new Builder(serverName);
        b.command = command;
        b.environment = environment;
        b.workingDir = workingDir;
        b.configDir = configDir;
        b.stateDir = stateDir;
        b.keychain = other;
        b.diagnostics = diagnostics;
        return b.build();
    }

    /** {@code .env} in the working directory (read first). */
    public Path workingDirDotEnv() {
        return workingDir.resolve(".env");
    }

    /** {@code .env} in the config directory (read second; written by {@code --setup}). */
    public Path configDotEnv() {
        return configDir.resolve(".env");
    }

    /** A value worked out once, on first use. */
    private static final class Once implements Supplier<String> {
        private Supplier<String> source;
        private String value;

        Once(Supplier<String> source) {
            this.source = source;
        }

        @Override
        public synchronized String get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }

    public static final class Builder {
        private final String serverName;
        private Supplier<String> command;
        private Map<String, String> environment;
        private Path workingDir;
        private Path configDir;
        private Path stateDir;
        private Keychain keychain;
        private PrintStream diagnostics;

        private Builder(String serverName) {
            this.serverName = serverName;
        }

        public Builder command(String command) {
            this.command = () -> command;
            return this;
        }

        /** The command, worked out only if a fix hint needs it. */
        public Builder command(Supplier<String> command) {
            this.command = command;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        public Builder workingDir(Path workingDir) {
            this.workingDir = workingDir;
            return this;
        }

        public Builder configDir(Path configDir) {
            this.configDir = configDir;
            return this;
        }

        public Builder stateDir(Path stateDir) {
            this.stateDir = stateDir;
            return this;
        }

        /** Uses the directories of this platform description instead of the running one. */
        public Builder platformDirs(PlatformDirs dirs) {
            this.configDir = dirs.configDir(serverName);
            this.stateDir = dirs.stateDir(serverName);
            return this;
        }

        public Builder keychain(Keychain keychain) {
            this.keychain = keychain;
            return this;
        }

        public Builder diagnostics(PrintStream diagnostics) {
            this.diagnostics = diagnostics;
            return this;
        }

        public ConfigEnvironment build() {
            return new ConfigEnvironment(this);
        }
    }
}
