package dev.mcpkit.config;

import dev.mcpkit.Secret;

/** Stands in when keychain use is switched off. */
final class NoKeychain implements Keychain {

    static final NoKeychain INSTANCE = new NoKeychain();

    @Override
    public KeychainLookup lookup(String service, String account) {
        return KeychainLookup.unavailable("no keychain configured");
    }

    @Override
    public void store(String service, String account, Secret value) throws KeychainException {
        throw new KeychainException("no keychain configured");
    }

    @Override
    public boolean delete(String service, String account) throws KeychainException {
        throw new KeychainException("no keychain configured");
    }

    @Override
    public String name() {
        return "none";
    }
}
