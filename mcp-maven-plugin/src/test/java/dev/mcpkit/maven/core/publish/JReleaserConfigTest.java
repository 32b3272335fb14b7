package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import dev.mcpkit.maven.core.project.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JReleaserConfigTest {

    @TempDir
    Path tmp;

    @Test
    void theReleaseIsDescribedFromThePomAndThePackagedFiles() throws Exception {
        ReleaseFixture fixture = new ReleaseFixture(tmp);
        ReleaseAssets assets = ReleaseAssets.find(tmp.resolve("target/mcp"), "1.2.0");

        JsonNode config = JReleaserConfig.build(fixture.project, assets, 17, "org.example.WeatherServer", null, true);

        assertThat(config.at("/project/name").asString()).isEqualTo("weather");
        assertThat(config.at("/project/version").asString()).isEqualTo("1.2.0");
        assertThat(config.at("/project/license").asString()).isEqualTo("Apache-2.0");
        assertThat(config.at("/project/authors/0").asString()).isEqualTo("Ada Example");
        assertThat(config.at("/project/languages/java/version").asString()).isEqualTo("17");
        assertThat(config.at("/project/languages/java/mainClass").asString()).isEqualTo("org.example.WeatherServer");
        assertThat(config.at("/release/github/owner").asString()).isEqualTo("ada");
        assertThat(config.at("/release/github/name").asString()).isEqualTo("weather");
        assertThat(config.at("/release/github/tagName").asString()).isEqualTo("v{{projectVersion}}");
        // run again after a failure, the release adds its missing assets to the GitHub release it made
        assertThat(config.at("/release/github/update/enabled").asBoolean()).isTrue();
        assertThat(config.at("/release/github/update/sections").toString()).isEqualTo("[\"ASSETS\"]");
        assertThat(config.at("/signing/pgp/mode").asString()).isEqualTo("MEMORY");
        assertThat(config.at("/project/copyright").asString()).isEqualTo("Ada Example");
        assertThat(config.at("/files/artifacts/0/path").asString()).isEqualTo("target/mcp/weather-1.2.0.mcpb");
        assertThat(config.at("/files/artifacts/1/path").asString()).isEqualTo("target/mcp/server.json");
        assertThat(config.at("/distributions/weather/artifacts/0/path").asString()).isEqualTo("target/mcp/weather-1.2.0.zip");
        assertThat(config.at("/distributions/weather/artifacts/1/path").asString()).isEqualTo("target/mcp/weather-1.2.0.tar.gz");
        assertThat(config.at("/deploy/maven/mavenCentral/central/stagingRepositories/0").asString()).isEqualTo("target/staging-deploy");
        assertThat(config.at("/deploy/maven/mavenCentral/central/url").asString()).endsWith(".invalid/api/v1/publisher");
        // credentials come from the environment, never from the written configuration
        assertThat(config.toString()).doesNotContainIgnoringCase("token").doesNotContainIgnoringCase("password");
    }

    @Test
    void withoutASigningKeyNeitherTheAssetsNorTheCentralFilesAreSigned() throws Exception {
        ReleaseFixture fixture = new ReleaseFixture(tmp);
        ReleaseAssets assets = ReleaseAssets.find(tmp.resolve("target/mcp"), "1.2.0");
        JsonNode config = JReleaserConfig.build(fixture.project, assets, 17, "a.B", "https://portal.example/api", false);
        assertThat(config.at("/signing/pgp/active").asString()).isEqualTo("NEVER");
        assertThat(config.at("/deploy/maven/mavenCentral/central/sign").asBoolean()).isFalse();
        assertThat(config.at("/deploy/maven/mavenCentral/central/url").asString()).isEqualTo("https://portal.example/api");
    }

    @Test
    void aPomWithoutAGitHubScmSaysWhatToAdd() throws Exception {
        new ReleaseFixture(tmp);
        ReleaseAssets assets = ReleaseAssets.find(tmp.resolve("target/mcp"), "1.2.0");
        assertThatThrownBy(() -> JReleaserConfig.build(TestProjects.weather(tmp, "1.2.0", "d", null), assets, 17, "a.B", null, true))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("add <scm><url>https://github.com/<owner>/<repository></url></scm>");
    }

    @Test
    void theProjectsOwnConfigurationChangesMergesAndRemoves() {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode base = (ObjectNode) json.readTree("{\"release\":{\"github\":{\"owner\":\"ada\",\"name\":\"weather\","
                + "\"overwrite\":false}},\"packagers\":{\"brew\":{\"active\":\"ALWAYS\"},\"scoop\":{\"active\":\"ALWAYS\"}},"
                + "\"files\":{\"artifacts\":[{\"path\":\"a\"},{\"path\":\"b\"}]}}");
        JsonNode overlay = json.readTree("{\"release\":{\"github\":{\"overwrite\":true,\"draft\":true}},"
                + "\"packagers\":{\"scoop\":null},\"files\":{\"artifacts\":[{\"path\":\"c\"}]}}");

        JsonNode merged = ConfigOverlay.merge(base, overlay);

        assertThat(merged.toString()).isEqualTo("{\"release\":{\"github\":{\"owner\":\"ada\",\"name\":\"weather\","
                + "\"overwrite\":true,\"draft\":true}},\"packagers\":{\"brew\":{\"active\":\"ALWAYS\"}},"
                + "\"files\":{\"artifacts\":[{\"path\":\"c\"}]}}");
    }
}
