package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The interactive setup on a real pseudo-terminal: hidden secret input, a rejected value, and a re-run that keeps values. */
@EnabledOnOs(OS.LINUX)
class SetupOnTerminalTest {

    private static final String SECRET = "sk-terminal-secret-4321";

    @TempDir
    Path dir;

    @Test
    void setupOnATerminalHidesTheSecretRejectsABadValueAndARerunKeepsValues() throws Exception {
        Path config = dir.resolve("config");
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("TERM", "dumb");

        try (PtySession session = PtySession.start(ChildJvm.javaCommand(SetupMain.class, "termsrv", config.toString()), dir, env)) {
            session.expect("API_KEY - API key [string, required, secret]");
            session.expect("current: not set");
            session.expect("new value (hidden): ");
            session.type(SECRET);
            session.expect("PORT - Port [int, optional, default 8080]");
            session.expect("new value: ");
            session.type("eighty");
            session.expect("rejected: expected an integer, got \"eighty\"");
            session.expect("new value: ");
            session.type("9090");
            session.expect("REGION - Region");
            session.expect("new value: ");
            session.type("eu-west-1");
            session.expect("Setup complete: 3 value(s) saved; termsrv is fully configured.");
            assertThat(session.waitFor()).isZero();
            assertThat(session.screen()).as("typed secret is not echoed").doesNotContain(SECRET).contains("eighty");
        }
        Path dotEnv = config.resolve(".env");
        assertThat(Files.readString(dotEnv)).isEqualTo("API_KEY=" + SECRET + "\nPORT=9090\nREGION=eu-west-1\n");

        try (PtySession rerun = PtySession.start(ChildJvm.javaCommand(SetupMain.class, "termsrv", config.toString()), dir, env)) {
            rerun.expect("current: ****4321 from config .env (" + dotEnv + ":1)");
            rerun.expect("new value (hidden): ");
            rerun.type("");
            rerun.expect("current: 9090 from config .env");
            rerun.expect("new value: ");
            rerun.type("");
            rerun.expect("new value: ");
            rerun.type("us-east-2");
            rerun.expect("Setup complete: 1 value(s) saved");
            assertThat(rerun.waitFor()).isZero();
            assertThat(rerun.screen()).doesNotContain(SECRET);
        }
        assertThat(Files.readString(dotEnv)).isEqualTo("API_KEY=" + SECRET + "\nPORT=9090\nREGION=us-east-2\n");
    }
}
