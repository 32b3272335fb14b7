package dev.mcpkit.maven.core.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.describe.Setting;
import org.junit.jupiter.api.Test;

class LaunchSpecsTest {

    @Test
    void javaModeUsesAbsoluteJavaTheStdoutSafeFlagsAndTheJar() {
        LaunchSpec spec = LaunchSpecs.javaJar(Path.of("/jdk/bin/java"), Path.of("/app/w.jar"), List.of("-Xmx64m"), List.of());

        assertThat(spec.commandLine()).containsExactly("/jdk/bin/java", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-Xmx64m", "-jar", "/app/w.jar");
    }

    @Test
    void jbangModeAsksForTheReleaseOrNewer() {
        assertThat(LaunchSpecs.jbang(21, "g", "a", "1.0", List.of()).commandLine())
                .containsExactly("jbang", "--quiet", "--java", "21+", "--runtime-option=-XX:+DisplayVMOutputToStderr",
                        "--runtime-option=-Xlog:disable", "--runtime-option=-Xlog:all=warning:stderr", "g:a:1.0");
    }

    @Test
    void relativePathsAreRefusedBecauseGuiClientsStartAnywhere() {
        assertThatThrownBy(() -> LaunchSpecs.launcher(Path.of("bin/weather"), List.of())).hasMessageContaining("must be absolute");
    }

    @Test
    void secretsNeverCarryAValue() {
        List<EnvVar> env = LaunchSpecs.env(List.of(new Setting("K", "d", "string", true, true, "not-used")));
        assertThat(env).containsExactly(new EnvVar("K", null, "d", true));
        assertThatThrownBy(() -> new EnvVar("K", "v", null, true)).hasMessageContaining("never carries a value");
    }
}
