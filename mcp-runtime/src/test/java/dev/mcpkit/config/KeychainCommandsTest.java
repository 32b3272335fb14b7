package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact command lines and output parsing of each keychain backend, through a recording runner. */
class KeychainCommandsTest {

    private static final Duration BOUND = Duration.ofSeconds(3);

    @Test
    void forPlatformPicksTheBackendOfEachOs() {
        RecordingCommandRunner runner = new RecordingCommandRunner();
        assertThat(Keychain.forPlatform("Linux", runner)).isInstanceOf(SecretToolKeychain.class);
        assertThat(Keychain.forPlatform("Mac OS X", runner)).isInstanceOf(MacKeychain.class);
        assertThat(Keychain.forPlatform("Windows 10", runner)).isInstanceOf(WindowsKeychain.class);
    }

    @Test
    void secretToolLookupStoreAndClearCommandLines() throws Exception {
        RecordingCommandRunner runner = new RecordingCommandRunner()
                .answer(0, "sk-live-abcdefgh1234", "")
                .answer(0, "", "")
                .answer(0, "x", "")
                .answer(0, "", "");
        SecretToolKeychain keychain = new SecretToolKeychain(runner, BOUND);

        KeychainLookup found = keychain.lookup("weather", "API_KEY");
        keychain.store("weather", "API_KEY", Secret.of("new-value"));
        assertThat(keychain.delete("weather", "API_KEY")).isTrue();

        assertThat(found.status()).isEqualTo(KeychainLookup.Status.FOUND);
        assertThat(found.value().reveal()).isEqualTo("sk-live-abcdefgh1234");
        assertThat(runner.commands).containsExactly(
                List.of("secret-tool", "lookup", "service", "weather", "account", "API_KEY"),
                List.of("secret-tool", "store", "--label=weather API_KEY", "service", "weather", "account", "API_KEY"),
                List.of("secret-tool", "lookup", "service", "weather", "account", "API_KEY"),
                List.of("secret-tool", "clear", "service", "weather", "account", "API_KEY"));
        assertThat(runner.inputs.get(1)).as("value goes on stdin, not argv").isEqualTo("new-value");
        assertThat(runner.timeouts).containsOnly(BOUND);
    }

    @Test
    void secretToolDistinguishesNotFoundFromUnavailable() {
        RecordingCommandRunner runner = new RecordingCommandRunner()
                .answer(1, "", "")
                .answer(1, "", "secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY\n")
                .answerTimeout();
        SecretToolKeychain keychain = new SecretToolKeychain(runner, BOUND);
        assertThat(keychain.lookup("s", "A").status()).isEqualTo(KeychainLookup.Status.NOT_FOUND);
        KeychainLookup noBus = keychain.lookup("s", "A");
        assertThat(noBus.status()).isEqualTo(KeychainLookup.Status.UNAVAILABLE);
        assertThat(noBus.reason()).isEqualTo("secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY");
        assertThat(keychain.lookup("s", "A").reason()).isEqualTo("secret-tool did not answer within 3000 ms (is the keyring locked?)");

        RecordingCommandRunner missing = new RecordingCommandRunner();
        missing.notInstalled = true;
        assertThat(new SecretToolKeychain(missing, BOUND).lookup("s", "A").reason())
                .isEqualTo("secret-tool is not installed (package libsecret-tools)");
        assertThatThrownBy(() -> new SecretToolKeychain(missing, BOUND).store("s", "A", Secret.of("v")))
                .isInstanceOf(KeychainException.class).hasMessageNotContaining("v\"");
    }

    @Test
    void macOsSecurityCommandLinesAndOutputParsing() throws Exception {
        RecordingCommandRunner runner = new RecordingCommandRunner()
                .answer(0, "sk-live-abcdefgh1234\n", "")
                .answer(44, "", "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n")
                .answer(51, "", "security: SecKeychainSearchCopyNext: User interaction is not allowed.\n")
                .answer(0, "", "")
                .answer(0, "", "")
                .answer(44, "", "");
        MacKeychain keychain = new MacKeychain(runner, BOUND);

        assertThat(keychain.lookup("weather", "API_KEY").value().reveal()).isEqualTo("sk-live-abcdefgh1234");
        assertThat(keychain.lookup("weather", "OTHER").status()).isEqualTo(KeychainLookup.Status.NOT_FOUND);
        KeychainLookup locked = keychain.lookup("weather", "OTHER");
        assertThat(locked.status()).isEqualTo(KeychainLookup.Status.UNAVAILABLE);
        assertThat(locked.reason()).contains("User interaction is not allowed");
        keychain.store("weather", "API_KEY", Secret.of("v4lue"));
        assertThat(keychain.delete("weather", "API_KEY")).isTrue();
        assertThat(keychain.delete("weather", "API_KEY")).isFalse();

        assertThat(runner.commands.get(0)).containsExactly("/usr/bin/security", "find-generic-password", "-s", "weather", "-a", "API_KEY", "-w");
        assertThat(runner.commands.get(3)).containsExactly("/usr/bin/security", "add-generic-password", "-U", "-s", "weather",
                "-a", "API_KEY", "-l", "weather API_KEY", "-w", "v4lue");
        assertThat(runner.commands.get(4)).containsExactly("/usr/bin/security", "delete-generic-password", "-s", "weather", "-a", "API_KEY");
    }

    @Test
    void windowsStartsPowerShellByItsAbsoluteSystemPathSoTheCurrentDirectoryIsNeverSearched() {
        RecordingCommandRunner runner = new RecordingCommandRunner().answer(2, "", "");

        Keychain.forPlatform("Windows 11", runner).lookup("weather", "API_KEY");

        assertThat(runner.commands.get(0).get(0)).matches("[A-Za-z]:\\\\.*\\\\System32\\\\WindowsPowerShell\\\\v1\\.0\\\\powershell\\.exe");
    }

    @Test
    void powerShellIsUnderSystemRootOrUnderCWindowsWhenTheEnvironmentHasNoUsableOne() {
        RecordingCommandRunner runner = new RecordingCommandRunner().answer(2, "", "");
        new WindowsKeychain(runner, BOUND, Map.of("SystemRoot", "D:\\WINNT")).lookup("weather", "API_KEY");
        assertThat(runner.commands.get(0).get(0)).isEqualTo("D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");

        String fallback = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
        assertThat(WindowsKeychain.powerShell(Map.of("SYSTEMROOT", "E:\\Windows\\")))
                .isEqualTo("E:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
        assertThat(WindowsKeychain.powerShell(Map.of())).isEqualTo(fallback);
        assertThat(WindowsKeychain.powerShell(Map.of("SystemRoot", ""))).isEqualTo(fallback);
        assertThat(WindowsKeychain.powerShell(Map.of("SystemRoot", "Windows"))).as("relative").isEqualTo(fallback);
        assertThat(WindowsKeychain.powerShell(Map.of("SystemRoot", "\\\\server\\share"))).as("not a local drive").isEqualTo(fallback);

        RecordingCommandRunner missing = new RecordingCommandRunner();
        missing.notInstalled = true;
        assertThat(new WindowsKeychain(missing, BOUND, Map.of()).lookup("s", "A").reason()).isEqualTo(fallback + " cannot be run");
    }

    @Test
    void windowsCredentialManagerRunsTheDocumentedScriptWithParametersOnStdin() throws Exception {
        String encodedValue = Base64.getEncoder().encodeToString("pässwörd-1234".getBytes(StandardCharsets.UTF_8));
        RecordingCommandRunner runner = new RecordingCommandRunner()
                .answer(0, encodedValue + "\r\n", "")
                .answer(2, "", "")
                .answer(1, "", "CredRead failed with Win32 error 5\r\n")
                .answer(0, "", "")
                .answer(0, "", "")
                .answer(2, "", "");
        WindowsKeychain keychain = new WindowsKeychain(runner, WindowsKeychain.DEFAULT_TIMEOUT, Map.of("SystemRoot", "C:\\Windows"));

        assertThat(keychain.lookup("weather", "API_KEY").value().reveal()).isEqualTo("pässwörd-1234");
        assertThat(keychain.lookup("weather", "OTHER").status()).isEqualTo(KeychainLookup.Status.NOT_FOUND);
        assertThat(keychain.lookup("weather", "OTHER").reason()).isEqualTo("Credential Manager: CredRead failed with Win32 error 5");
        keychain.store("weather", "API_KEY", Secret.of("new secret"));
        assertThat(keychain.delete("weather", "API_KEY")).isTrue();
        assertThat(keychain.delete("weather", "API_KEY")).isFalse();

        List<String> command = runner.commands.get(0);
        assertThat(command.subList(0, 5)).containsExactly("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                "-NoLogo", "-NoProfile", "-NonInteractive", "-EncodedCommand");
        String script = new String(Base64.getDecoder().decode(command.get(5)), StandardCharsets.UTF_16LE);
        assertThat(script).isEqualTo(WindowsKeychain.SCRIPT).contains("CredReadW").contains("CredWriteW").contains("CredDeleteW");
        assertThat(runner.commands).allMatch(c -> c.equals(command), "every operation runs the same script");
        assertThat(runner.inputs.get(0)).isEqualTo("read\nweather:API_KEY\n");
        assertThat(runner.inputs.get(3)).isEqualTo("write\nweather:API_KEY\nAPI_KEY\n"
                + Base64.getEncoder().encodeToString("new secret".getBytes(StandardCharsets.UTF_8)) + "\n");
        assertThat(runner.inputs.get(4)).isEqualTo("delete\nweather:API_KEY\n");
        assertThat(String.join(" ", command)).doesNotContain("new secret");
        assertThat(runner.timeouts).containsOnly(Duration.ofSeconds(10));
    }
}
