package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory keychain that can also play an unavailable one; records lookups. */
final class MemoryKeychain implements Keychain {

    final Map<String, String> entries = new LinkedHashMap<>();
    final List<String> lookups = new ArrayList<>();
    String unavailableReason;

    static MemoryKeychain unavailable(String reason) {
        MemoryKeychain keychain = new MemoryKeychain();
        keychain.unavailableReason = reason;
        return keychain;
    }

    @Override
    public KeychainLookup lookup(String service, String account) {
        lookups.add(service + "/" + account);
        if (unavailableReason != null) {
            return KeychainLookup.unavailable(unavailableReason);
        }
        String value = entries.get(service + "/" + account);
        return value == null ? KeychainLookup.notFound() : KeychainLookup.found(value);
    }

    @Override
    public void store(String service, String account, Secret value) throws KeychainException {
        if (unavailableReason != null) {
            throw new KeychainException(unavailableReason);
        }
        entries.put(service + "/" + account, value.reveal());
    }

    @Override
    public boolean delete(String service, String account) {
        return entries.remove(service + "/" + account) != null;
    }

    @Override
    public String name() {
        return "memory keychain";
    }
}
