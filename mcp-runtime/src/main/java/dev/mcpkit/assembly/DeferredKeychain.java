package dev.mcpkit.assembly;

import dev.mcpkit.Secret;
import dev.mcpkit.config.Keychain;
import dev.mcpkit.config.KeychainLookup;

/**
 * A keychain that finds nothing and says nothing: the first, fast resolution pass uses it so that
 * start-up never waits for a keychain process; the real keychain is asked in the background.
 */
final class DeferredKeychain implements Keychain {

    @Override
    public KeychainLookup lookup(String service, String account) {
        return KeychainLookup.notFound();
    }

    @Override
    public void store(String service, String account, Secret value) {
        throw new UnsupportedOperationException("the deferred keychain only looks up");
    }

    @Override
    public boolean delete(String service, String account) {
        return false;
    }

    @Override
    public String name() {
        return "deferred";
    }
}
