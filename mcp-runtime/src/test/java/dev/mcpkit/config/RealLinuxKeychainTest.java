package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores, resolves and clears a secret in a real Secret Service (gnome-keyring on a private D-Bus
 * session, unlocked with a throw-away password by {@code it/keychain/with-keyring.sh}). Runs on
 * every Linux machine: when the tools are missing it fails and says how to install them.
 */
@EnabledOnOs(OS.LINUX)
class RealLinuxKeychainTest {

    private static final String INSTALL_HINT = "the real keychain test needs secret-tool, gnome-keyring-daemon and dbus-run-session:"
            + " run it/keychain/install.sh as root (apt-get install -y libsecret-tools gnome-keyring dbus)";

    @TempDir
    Path dir;

    @Test
    void secretStoredBySetupIsResolvedFromTheKeychainAndCleared() throws Exception {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("it/keychain/with-keyring.sh");
        assertThat(script).as("keychain wrapper script").exists();
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("secret-tool", "gnome-keyring-daemon", "dbus-run-session")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            fail("missing " + missing + "; " + INSTALL_HINT);
        }
        String secret = "sk-keyring-" + Long.toHexString(System.nanoTime()) + "-Z9y8";
        String service = "mcpkit-it-" + ProcessHandle.current().pid();
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(ChildJvm.javaCommand(KeychainRoundTripMain.class, service, dir.resolve("config").toString()));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("ROUND_TRIP_SECRET", secret);

        ChildJvm.Result result = ChildJvm.run(command, dir, env);

        String all = result.stdout() + result.stderr();
        assertThat(result.exitCode()).as(all).isZero();
        assertThat(result.stdout()).contains(
                "step|absent-before|ok", "step|setup-exit-0|ok", "step|secret-not-in-dotenv|ok", "step|resolved-from-keychain|ok",
                "step|injected-value-matches|ok", "step|deleted|ok", "step|absent-after|ok", "step|missing-after-clear|ok",
                "API_KEY -> Secret Service (secret-tool) (service " + service + ", account API_KEY)",
                "API_KEY  keychain (Secret Service (secret-tool))  ",
                "ok      ****Z9y8\n",
                "ROUND TRIP OK");
        assertThat(all).doesNotContain(secret);
        assertThat(Files.readString(dir.resolve("config/.env"))).doesNotContain(secret);
    }

    private static boolean onPath(String tool) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }
}
