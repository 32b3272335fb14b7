package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ProcessCommandRunnerTest {

    @TempDir
    Path dir;

    @Test
    void returnsExitCodeOutputAndErrorAndFeedsStdin() throws Exception {
        CommandResult result = new ProcessCommandRunner().run(List.of("sh", "-c", "read v; echo \"got $v\"; echo oops >&2; exit 3"),
                "hello\n", Duration.ofSeconds(20));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("got hello\n");
        assertThat(result.firstErrorLine()).isEqualTo("oops");
        assertThat(result.timedOut()).isFalse();
    }

    @Test
    void missingCommandIsAnIOException() {
        assertThatThrownBy(() -> new ProcessCommandRunner().run(List.of("no-such-command-mcpkit"), null, Duration.ofSeconds(3)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aCommandThatHangsIsKilledAtTheBoundWithItsChildren() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        long start = System.nanoTime();
        CommandResult result = new ProcessCommandRunner().run(
                List.of("sh", "-c", "sleep 30 & echo $! > " + pidFile + "; wait"), null, Duration.ofMillis(500));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.timedOut()).isTrue();
        assertThat(elapsedMillis).as("bounded, far below the child's 30 s").isLessThan(10_000);
        long childPid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(childPid).ifPresent(child -> child.onExit().join());
        assertThat(ProcessHandle.of(childPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void slowKeychainToolIsSkippedQuicklyWithOneDebugLine() throws Exception {
        // A fake secret-tool that hangs like one waiting for an unlock prompt.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = bin.resolve("secret-tool");
        Files.writeString(fake, "#!/bin/sh\nexec sleep 30\n");
        fake.toFile().setExecutable(true);
        CommandRunner onFakePath = (command, stdin, timeout) -> {
            List<String> absolute = new java.util.ArrayList<>(command);
            absolute.set(0, bin.resolve(command.get(0)).toString());
            return new ProcessCommandRunner().run(absolute, stdin, timeout);
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConfigEnvironment env = ConfigEnvironment.builder("weather").environment(java.util.Map.of()).workingDir(dir).configDir(dir.resolve("cfg"))
                .stateDir(dir.resolve("state")).keychain(new SecretToolKeychain(onFakePath, Duration.ofMillis(700)))
                .diagnostics(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        SettingsModel model = new SettingsModel()
                .add(SettingDefinition.builder("A_KEY").secret(true).build())
                .add(SettingDefinition.builder("B_KEY").secret(true).build());

        long start = System.nanoTime();
        ResolvedSettings settings = new SettingsResolver(env).resolve(model);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(settings.get("A_KEY").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(settings.get("B_KEY").status()).isEqualTo(SettingStatus.MISSING);
        assertThat(elapsedMillis).as("one bounded attempt, then the keychain is not asked again").isLessThan(10_000);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("weather: keychain skipped: secret-tool did not answer within 700 ms (is the keyring locked?)\n");
    }
}
