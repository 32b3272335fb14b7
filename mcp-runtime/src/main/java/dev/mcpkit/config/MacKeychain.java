package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * macOS: the login keychain through {@code /usr/bin/security}.
 *
 * <pre>
 * security find-generic-password -s &lt;service&gt; -a &lt;account&gt; -w     value and a newline on stdout; exit 44: not found
 * security add-generic-password -U -s &lt;service&gt; -a &lt;account&gt; -l "&lt;service&gt; &lt;account&gt;" -w &lt;value&gt;
 * security delete-generic-password -s &lt;service&gt; -a &lt;account&gt;     exit 44: not found
 * </pre>
 * {@code add-generic-password} takes the value only as an argument, so it is visible in the
 * process list for the moment the command runs; this happens only during {@code --setup}.
 */
public final class MacKeychain implements Keychain {

    static final String SECURITY = "/usr/bin/security";
    /** errSecItemNotFound as an exit status. */
    static final int NOT_FOUND = 44;

    private final CommandRunner runner;
    private final Duration timeout;

    public MacKeychain(CommandRunner runner, Duration timeout) {
        this.runner = runner;
        this.timeout = timeout;
    }

    @Override
    public KeychainLookup lookup(String service, String account) {
        CommandResult result;
        try {
            result = runner.run(List.of(SECURITY, "find-generic-password", "-s", service, "-a", account, "-w"), null, timeout);
        } catch (IOException e) {
            return KeychainLookup.unavailable(SECURITY + " cannot be run");
        }
        if (result.timedOut()) {
            return KeychainLookup.unavailable("security did not answer within " + timeout.toMillis() + " ms (is the keychain locked?)");
        }
        if (result.exitCode() == 0) {
            String out = result.stdout();
            return KeychainLookup.found(out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
        }
        if (result.exitCode() == NOT_FOUND) {
            return KeychainLookup.notFound();
        }
        String line = result.firstErrorLine();
        return KeychainLookup.unavailable(line.startsWith("security:") ? line : "security: " + line);
    }

    @Override
    public void store(String service, String account, Secret value) throws KeychainException {
        List<String> command = List.of(SECURITY, "add-generic-password", "-U", "-s", service, "-a", account,
                "-l", service + " " + account, "-w", value.reveal());
        CommandResult result = run(command, "store");
        if (result.exitCode() != 0) {
            throw new KeychainException("security add-generic-password failed (exit " + result.exitCode() + "): "
                    + result.firstErrorLine());
        }
    }

    @Override
    public boolean delete(String service, String account) throws KeychainException {
        CommandResult result = run(List.of(SECURITY, "delete-generic-password", "-s", service, "-a", account), "delete");
        if (result.exitCode() == NOT_FOUND) {
            return false;
        }
        if (result.exitCode() != 0) {
            throw new KeychainException("security delete-generic-password failed (exit " + result.exitCode() + "): "
                    + result.firstErrorLine());
        }
        return true;
    }

    private CommandResult run(List<String> command, String action) throws KeychainException {
        CommandResult result;
        try {
            result = runner.run(command, null, timeout);
        } catch (IOException e) {
            throw new KeychainException(SECURITY + " cannot be run");
        }
        if (result.timedOut()) {
            throw new KeychainException("security " + action + " did not finish within " + timeout.toMillis() + " ms");
        }
        return result;
    }

    @Override
    public String name() {
        return "macOS keychain (security)";
    }
}
