package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Linux (and other freedesktop systems): the Secret Service (GNOME Keyring, KWallet) through
 * libsecret's {@code secret-tool}, package {@code libsecret-tools}.
 *
 * <pre>
 * secret-tool lookup service &lt;service&gt; account &lt;account&gt;          value on stdout; exit 1 and no stderr: not found
 * secret-tool store --label="&lt;service&gt; &lt;account&gt;" service &lt;service&gt; account &lt;account&gt;   value on stdin
 * secret-tool clear service &lt;service&gt; account &lt;account&gt;
 * </pre>
 */
public final class SecretToolKeychain implements Keychain {

    private final CommandRunner runner;
    private final Duration timeout;

    public SecretToolKeychain(CommandRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    @Override
    public KeychainLookup lookup(String service, String account) {
        CommandResult result;
        try {
            result = runner.run(List.of("secret-tool", "lookup", "service", service, "account", account), null, timeout);
        } catch (IOException e) {
            return KeychainLookup.unavailable("secret-tool is not installed (package libsecret-tools)");
        }
        if (result.timedOut()) {
            return KeychainLookup.unavailable("secret-tool did not answer within " + timeout.toMillis()
                    + " ms (is the keyring locked?)");
        }
        if (result.exitCode() == 0) {
            return KeychainLookup.found(result.stdout());
        }
        if (result.firstErrorLine().isEmpty()) {
            return KeychainLookup.notFound();
        }
        return KeychainLookup.unavailable(prefixed(result.firstErrorLine()));
    }

    @Override
    public void store(String service, String account, Secret value) throws KeychainException {
        List<String> command = List.of("secret-tool", "store", "--label=" + service + " " + account,
                "service", service, "account", account);
        check(command, value.reveal(), "store");
    }

    @Override
    public boolean delete(String service, String account) throws KeychainException {
        if (lookup(service, account).status() == KeychainLookup.Status.NOT_FOUND) {
            return false;
        }
        check(List.of("secret-tool", "clear", "service", service, "account", account), null, "clear");
        return true;
    }

    private void check(List<String> command, String stdin, String action) throws KeychainException {
        CommandResult result;
        try {
            result = runner.run(command, stdin, timeout);
        } catch (IOException e) {
            throw new KeychainException("secret-tool is not installed (package libsecret-tools)");
        }
        if (result.timedOut()) {
            throw new KeychainException("secret-tool " + action + " did not finish within " + timeout.toMillis()
                    + " ms (is the keyring locked?)");
        }
        if (result.exitCode() != 0) {
            throw new KeychainException("secret-tool " + action + " failed (exit " + result.exitCode() + "): "
                    + result.firstErrorLine());
        }
    }

    /** secret-tool already starts its messages with "secret-tool: ". */
    private static String prefixed(String line) {
        return line.startsWith("secret-tool:") ? line : "secret-tool: " + line;
    }

    @Override
    public String name() {
        return "Secret Service (secret-tool)";
    }
}
