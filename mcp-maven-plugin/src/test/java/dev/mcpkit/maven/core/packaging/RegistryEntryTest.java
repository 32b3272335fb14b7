package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RegistryEntryTest {

    @Test
    void nameComesFromTheGithubOwnerInAnyScmUrlForm() {
        for (String scm : new String[] {"https://github.com/ada/weather", "scm:git:https://github.com/ada/weather.git",
                "scm:git:git@github.com:ada/weather.git", "https://github.com/ada/weather/tree/main"}) {
            assertThat(RegistryEntry.name(null, "weather", Fixtures.project("d", scm))).as(scm).isEqualTo("io.github.ada/weather");
        }
    }

    @Test
    void withoutGithubScmTheGroupIdIsTheNamespace() {
        assertThat(RegistryEntry.name(null, "weather", Fixtures.project("d", null))).isEqualTo("org.example/weather");
    }

    @Test
    void configuredNameWinsAndMustHaveOneSlash() {
        assertThat(RegistryEntry.name("com.example/wx", "weather", Fixtures.project("d", null))).isEqualTo("com.example/wx");
        assertThatThrownBy(() -> RegistryEntry.name("wx", "weather", Fixtures.project("d", null))).hasMessageContaining("<registryName>");
    }

    @Test
    void descriptionOverOneHundredCharactersFailsNamingThePomElementAndTheOverride() {
        String tooLong = "x".repeat(101);
        assertThatThrownBy(() -> RegistryEntry.description(null, Fixtures.project(tooLong, null), "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<description> in pom.xml is 101 characters")
                .hasMessageContaining("at most 100")
                .hasMessageContaining("<registryDescription>");
        assertThat(RegistryEntry.description("Short one", Fixtures.project(tooLong, null), null)).isEqualTo("Short one");
        assertThat(RegistryEntry.description(null, Fixtures.project("x".repeat(100), null), null)).hasSize(100);
    }

    @Test
    void withoutAnyDescriptionTheServersOwnIsUsed() {
        assertThat(RegistryEntry.description(null, Fixtures.project(null, null), "Forecasts")).isEqualTo("Forecasts");
    }

    @Test
    void bundleUrlIsTheGithubReleaseAssetOfThisVersion() {
        assertThat(RegistryEntry.bundleUrl(null, Fixtures.project("d", "https://github.com/ada/weather"), "weather-1.2.0.mcpb"))
                .isEqualTo("https://github.com/ada/weather/releases/download/v1.2.0/weather-1.2.0.mcpb");
    }

    @Test
    void entryListsTheBundleWithItsHashAndEnvironmentVariablesWithoutSecretValues() {
        JsonNode entry = RegistryEntry.build("io.github.ada/weather", "Weather", "Forecasts",
                Fixtures.project("Forecasts", "https://github.com/ada/weather"), "https://x/w.mcpb", "ab".repeat(32),
                Fixtures.descriptor().settings());
        assertThat(entry.path("$schema").asString()).isEqualTo(RegistryEntry.SCHEMA);
        assertThat(entry.path("version").asString()).isEqualTo("1.2.0");
        assertThat(entry.path("repository").path("url").asString()).isEqualTo("https://github.com/ada/weather");
        JsonNode pkg = entry.path("packages").path(0);
        assertThat(pkg.path("registryType").asString()).isEqualTo("mcpb");
        assertThat(pkg.path("fileSha256").asString()).isEqualTo("ab".repeat(32));
        assertThat(pkg.path("transport").path("type").asString()).isEqualTo("stdio");
        JsonNode key = pkg.path("environmentVariables").path(0);
        assertThat(key.path("name").asString()).isEqualTo("WEATHER_API_KEY");
        assertThat(key.path("isSecret").asBoolean()).isTrue();
        assertThat(key.path("isRequired").asBoolean()).isTrue();
        assertThat(key.has("default")).isFalse();
        assertThat(pkg.path("environmentVariables").path(1).path("default").asString()).isEqualTo("metric");
        assertThat(pkg.path("environmentVariables").path(2).path("format").asString()).isEqualTo("number");
    }
}
