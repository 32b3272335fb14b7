package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolution order with real environment variables of a child process, real {@code .env}
 * files in its working directory and in its config directory (found through the real
 * {@code XDG_CONFIG_HOME}), as a user's server would see them.
 */
@DisabledOnOs(value = {OS.WINDOWS, OS.MAC}, disabledReason = "the config directory is located through XDG_CONFIG_HOME")
class HierarchyInChildProcessTest {

    private static final String SECRET = "sk-live-child-process-9876";

    @TempDir
    Path work;
    @TempDir
    Path xdg;

    private Map<String, String> baseEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", xdg.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", xdg.resolve("config").toString());
        return env;
    }

    private Path configDotEnv() throws Exception {
        return Files.createDirectories(xdg.resolve("config").resolve("childsrv")).resolve(".env");
    }

    @Test
    void environmentBeatsConfigDotEnvWhichBeatsWorkingDirDotEnvThenDefaults() throws Exception {
        Map<String, String> env = baseEnvironment();
        env.put("API_KEY", SECRET);
        env.put("DATA_ROOT", "/srv/data");
        Files.writeString(work.resolve(".env"), "# working directory\nAPI_KEY=from-working-dir\nREGION='eu-west-1'\n"
                + "DATA_DIR=${DATA_ROOT}/weather\n");
        Files.writeString(configDotEnv(), "REGION=from-config\nBASE_URL=\"https://api.example.com\"\n");

        ChildJvm.Result result = ChildJvm.run(ChildJvm.javaCommand(ResolveMain.class, "childsrv", "none"), work, env);

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).contains(
                "API_KEY|env|ok|****9876|$API_KEY\n",
                "REGION|config .env|ok|from-config|" + configDotEnv() + ":1\n",
                "PORT|default|default|8080|\n",
                "BASE_URL|config .env|ok|https://api.example.com|" + configDotEnv() + ":2\n",
                "DATA_DIR|.env|ok|****ther|" + work.resolve(".env") + ":4\n",   // took text from ${DATA_ROOT}: shown as a secret
                "fields|****9876|from-config|8080|https://api.example.com|/srv/data/weather\n",
                "config-dir|" + xdg.resolve("config").resolve("childsrv") + "\n");
        assertThat(result.stdout() + result.stderr()).doesNotContain(SECRET);
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void missingAndInvalidSettingsAreReportedWithSourceAndExitOne() throws Exception {
        Map<String, String> env = baseEnvironment();
        env.put("PORT", "eighty");
        Files.writeString(configDotEnv(), "REGION=eu\nDATA_DIR=/data\n");

        ChildJvm.Result result = ChildJvm.run(ChildJvm.javaCommand(ResolveMain.class, "childsrv", "none"), work, env);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains(
                "API_KEY|-|MISSING|-|\n",
                "PORT|env|INVALID|eighty|$PORT\n",
                "problem|API_KEY is required and not set\n",
                "problem|PORT from the environment: expected an integer, got \"eighty\"\n");
    }

    @Test
    void nonInteractiveSetupInOneProcessIsResolvedByTheNext() throws Exception {
        Map<String, String> env = baseEnvironment();
        ChildJvm.Result setup = ChildJvm.run(ChildJvm.javaCommand(ResolveMain.class, "childsrv", "none", "setup",
                "API_KEY=" + SECRET, "REGION=ap south", "DATA_DIR=/d"), work, env);
        assertThat(setup.exitCode()).as(setup.stdout() + setup.stderr()).isZero();
        assertThat(setup.stdout()).contains("API_KEY -> " + configDotEnv() + " (owner-only; keychain unavailable: no keychain configured)")
                .contains("Setup complete").doesNotContain(SECRET);

        ChildJvm.Result run = ChildJvm.run(ChildJvm.javaCommand(ResolveMain.class, "childsrv", "none"), work, env);
        assertThat(run.exitCode()).as(run.stdout()).isZero();
        assertThat(run.stdout()).contains("API_KEY|config .env|ok|****9876|" + configDotEnv() + ":1\n",
                "REGION|config .env|ok|ap south|" + configDotEnv() + ":2\n");
    }
}
