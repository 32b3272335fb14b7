package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.time.Duration;

/**
 * The operating system's credential store, reached through the OS's own command-line tools so that
 * the runtime gains no native dependency. Entries are addressed by service (the server name) and
 * account (the setting key).
 */
public interface Keychain {

    /** How long a keychain command may take before it is killed (locked keychains wait for a prompt). */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** Looks up an entry; never throws and never waits longer than the backend's bound. */
    KeychainLookup lookup(String service, String account);

    /** Creates or replaces an entry. */
    void store(String service, String account, Secret value) throws KeychainException;

    /** Removes an entry; {@code false} when there was none. */
    boolean delete(String service, String account) throws KeychainException;

    /** A name for people: "Secret Service (secret-tool)". */
    String name();

    /** The keychain of the running platform. */
    static Keychain forCurrentPlatform() {
        return forPlatform(System.getProperty("os.name", ""), new ProcessCommandRunner());
    }

    /** The keychain backend of a platform ({@code os.name}), running its commands through {@code runner}. */
    static Keychain forPlatform(String osName, CommandRunner runner) {
        switch (PlatformDirs.osOf(osName)) {
            case MACOS:
                return new MacKeychain(runner, DEFAULT_TIMEOUT);
            case WINDOWS:
                return new WindowsKeychain(runner, WindowsKeychain.DEFAULT_TIMEOUT);
            default:
                return new SecretToolKeychain(runner, DEFAULT_TIMEOUT);
        }
    }

    /** No keychain: every lookup is unavailable, every store fails. */
    static Keychain none() {
        return NoKeychain.INSTANCE;
    }
}
