package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BundleAndCatalogTest {

    private final JsonNode manifest = McpbManifest.build("weather", Fixtures.descriptor(),
            Fixtures.project("Forecasts", "https://github.com/ada/weather"), "Forecasts", "Ada Example");

    @Test
    void bundleIsABinaryServerOfManifestVersion03RunningTheBundledLauncher() {
        assertThat(manifest.path("manifest_version").asString()).isEqualTo("0.3");
        JsonNode server = manifest.path("server");
        assertThat(server.path("type").asString()).isEqualTo("binary");
        assertThat(server.path("entry_point").asString()).isEqualTo("server/bin/weather");
        assertThat(server.path("mcp_config").path("command").asString()).isEqualTo("/bin/sh");
        assertThat(server.path("mcp_config").path("args").path(0).asString()).isEqualTo("${__dirname}/server/bin/weather");
        JsonNode win = server.path("mcp_config").path("platform_overrides").path("win32");
        assertThat(win.path("command").asString()).isEqualTo("cmd.exe");
        assertThat(win.path("args").toString()).isEqualTo("[\"/c\",\"${__dirname}\\\\server\\\\bin\\\\weather.cmd\"]");
    }

    @Test
    void settingsBecomeUserConfigWithSecretsSensitiveAndPassedThroughTheEnvironment() {
        JsonNode key = manifest.path("user_config").path("WEATHER_API_KEY");
        assertThat(key.path("sensitive").asBoolean()).isTrue();
        assertThat(key.path("required").asBoolean()).isTrue();
        assertThat(key.has("default")).isFalse();
        assertThat(manifest.path("user_config").path("WEATHER_UNITS").path("default").asString()).isEqualTo("metric");
        assertThat(manifest.path("user_config").path("WEATHER_DAYS").path("type").asString()).isEqualTo("number");
        assertThat(manifest.path("user_config").path("WEATHER_DAYS").path("default").asDouble()).isEqualTo(3.0);
        assertThat(manifest.path("server").path("mcp_config").path("env").path("WEATHER_API_KEY").asString())
                .isEqualTo("${user_config.WEATHER_API_KEY}");
    }

    @Test
    void toolsPromptsAuthorLicenceAndRepositoryComeFromTheServerAndThePom() {
        assertThat(manifest.path("tools").path(0).path("name").asString()).isEqualTo("forecast");
        assertThat(manifest.path("prompts").path(0).path("arguments").path(0).asString()).isEqualTo("city");
        assertThat(manifest.path("prompts").path(0).path("text").asString()).isEqualTo("Plan a trip");
        assertThat(manifest.path("author").path("name").asString()).isEqualTo("Ada Example");
        assertThat(manifest.path("author").path("email").asString()).isEqualTo("ada@example.org");
        assertThat(manifest.path("license").asString()).isEqualTo("Apache-2.0");
        assertThat(manifest.path("repository").path("url").asString()).isEqualTo("https://github.com/ada/weather");
        assertThat(manifest.path("display_name").asString()).isEqualTo("Weather");
    }

    @Test
    void jbangCatalogAliasRunsTheCoordinatesWithTheReleaseAndStdoutSafeFlags() {
        JsonNode catalog = JbangCatalog.build("weather", "Forecasts", Fixtures.project("d", null), 17);
        JsonNode alias = catalog.path("aliases").path("weather");
        assertThat(alias.path("script-ref").asString()).isEqualTo("org.example:weather-server:1.2.0");
        assertThat(alias.path("java").asString()).isEqualTo("17+");
        assertThat(alias.path("java-options").toString()).contains("-XX:+DisplayVMOutputToStderr");
    }
}
