package dev.mcpkit.config;

import dev.mcpkit.Secret;

/**
 * The outcome of a keychain lookup: found (with the value), not found, or the keychain could not
 * be used (missing tool, locked, timed out) with a one-line reason that never contains a value.
 */
public record KeychainLookup(Status status, Secret value, String reason) {

    public enum Status { FOUND, NOT_FOUND, UNAVAILABLE }

    public static KeychainLookup found(String value) {
        return new KeychainLookup(Status.FOUND, Secret.of(value), "");
    }

    public static KeychainLookup notFound() {
        return new KeychainLookup(Status.NOT_FOUND, null, "");
    }

    public static KeychainLookup unavailable(String reason) {
        return new KeychainLookup(Status.UNAVAILABLE, null, reason);
    }
}
