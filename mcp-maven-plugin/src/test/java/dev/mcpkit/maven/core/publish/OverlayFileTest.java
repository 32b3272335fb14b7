package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayFileTest {

    @TempDir
    Path tmp;

    @Test
    void aYamlConfigurationIsReadAsATree() throws Exception {
        Path file = Files.writeString(tmp.resolve("jreleaser.yml"), "release:\n  github:\n    draft: true\n");
        assertThat(OverlayFile.read(file, false).at("/release/github/draft").asBoolean()).isTrue();
    }

    @Test
    void anAbsentDefaultFileIsNoOverlayButANamedOneMustExist() throws Exception {
        assertThat(OverlayFile.read(tmp.resolve("jreleaser.yml"), false)).isNull();
        assertThatThrownBy(() -> OverlayFile.read(tmp.resolve("release.yml"), true))
                .hasMessageContaining("does not exist").hasMessageContaining("mcp.publish.config");
    }

    @Test
    void aCredentialWrittenIntoTheFileIsRefusedWithoutShowingIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("jreleaser.yml"),
                "release:\n  github:\n    token: ghp_planted0123456789abcdefABCDEF0123456\n");
        assertThatThrownBy(() -> OverlayFile.read(file, false))
                .hasMessageContaining("release.github.token").hasMessageContaining("JRELEASER_")
                .hasMessageNotContaining("ghp_planted");
    }

    @Test
    void aTemplateNamingTheEnvironmentIsNoLiteralCredential() throws Exception {
        Path file = Files.writeString(tmp.resolve("jreleaser.yml"), "release:\n  github:\n    token: '{{ Env.GH_TOKEN }}'\n");
        assertThat(OverlayFile.read(file, false).at("/release/github/token").asString()).startsWith("{{");
    }

    @Test
    void brokenYamlAndAListAtTheTopAreExplained() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.yml"), "release: [\n");
        assertThatThrownBy(() -> OverlayFile.read(broken, true)).hasMessageContaining("is not valid YAML");
        Path list = Files.writeString(tmp.resolve("list.yml"), "- a\n- b\n");
        assertThatThrownBy(() -> OverlayFile.read(list, true)).hasMessageContaining("must hold a mapping");
    }
}
