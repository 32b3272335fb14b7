package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import dev.mcpkit.SettingType;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsModelTest {

    enum Units { METRIC, IMPERIAL }

    static class Base {
        @Setting(description = "Inherited")
        String BASE_URL_TEXT;
    }

    static class Server extends Base {
        @Setting(description = "API key", secret = true)
        String API_KEY;
        @Setting(description = "Token")
        Secret TOKEN;
        @Setting(description = "Port", defaultValue = "8080")
        int PORT;
        @Setting(required = false)
        Long MAX_BYTES;
        @Setting(defaultValue = "false")
        boolean VERBOSE;
        @Setting
        Optional<Path> CACHE_DIR;
        @Setting
        URL ENDPOINT;
        @Setting
        URI CALLBACK;
        @Setting(defaultValue = "metric")
        Units UNITS;
        @Setting(defaultValue = "30s")
        Duration TIMEOUT;
        @Setting(key = "REGION_NAME")
        String region = "eu-west-1";
        @Setting(type = SettingType.PATH)
        String DATA_PATH;
        String notASetting;
    }

    @Test
    void scanInfersTypesRequirednessAndDefaultsFromFields() {
        SettingsModel model = SettingsModel.scan(new Server());
        assertThat(model.problems()).isEmpty();
        assertThat(model.definitions()).extracting(SettingDefinition::key).containsExactly("BASE_URL_TEXT", "API_KEY", "TOKEN",
                "PORT", "MAX_BYTES", "VERBOSE", "CACHE_DIR", "ENDPOINT", "CALLBACK", "UNITS", "TIMEOUT", "REGION_NAME", "DATA_PATH");
        assertThat(model.find("API_KEY")).satisfies(d -> {
            assertThat(d.type()).isEqualTo(SettingType.STRING);
            assertThat(d.secret()).isTrue();
            assertThat(d.required()).isTrue();
        });
        assertThat(model.find("TOKEN").secret()).as("a Secret field is secret").isTrue();
        assertThat(model.find("PORT")).satisfies(d -> {
            assertThat(d.type()).isEqualTo(SettingType.INT);
            assertThat(d.required()).isFalse();
            assertThat(d.defaultValue()).isEqualTo("8080");
        });
        assertThat(model.find("MAX_BYTES").type()).isEqualTo(SettingType.LONG);
        assertThat(model.find("MAX_BYTES").required()).isFalse();
        assertThat(model.find("VERBOSE").type()).isEqualTo(SettingType.BOOLEAN);
        assertThat(model.find("CACHE_DIR").type()).isEqualTo(SettingType.PATH);
        assertThat(model.find("CACHE_DIR").required()).as("Optional field").isFalse();
        assertThat(model.find("ENDPOINT").type()).isEqualTo(SettingType.URL);
        assertThat(model.find("CALLBACK").type()).isEqualTo(SettingType.URI);
        assertThat(model.find("UNITS").type()).isEqualTo(SettingType.ENUM);
        assertThat(model.find("UNITS").allowedValues()).containsExactly("METRIC", "IMPERIAL");
        assertThat(model.find("TIMEOUT").type()).isEqualTo(SettingType.DURATION);
        assertThat(model.find("REGION_NAME").defaultValue()).as("initialised field").isEqualTo("eu-west-1");
        assertThat(model.find("DATA_PATH").type()).isEqualTo(SettingType.PATH);
    }

    static class Broken {
        @Setting(secret = true, defaultValue = "hunter2")
        String SECRET_WITH_DEFAULT;
        @Setting(secret = true)
        String HARDCODED = "sk-live-123";
        @Setting(key = "BAD KEY")
        String badKey;
        @Setting(key = "DUP")
        String one;
        @Setting(key = "DUP")
        String two;
        @Setting
        List<String> LIST;
        @Setting(defaultValue = "abc")
        int NOT_A_NUMBER;
        @Setting(type = SettingType.INT)
        Path MISMATCH;
        @Setting
        final String FINAL = null;
    }

    @Test
    void declarationMistakesAreCollectedAndThrownTogether() {
        SettingsModel model = SettingsModel.scan(new Broken()).toolNeeds("search", "UNDECLARED");
        List<String> problems = model.problems();
        assertThat(problems).hasSize(9);
        assertThat(String.join("\n", problems))
                .contains("SECRET_WITH_DEFAULT is secret and must not have a default value")
                .contains("secret setting HARDCODED")
                .contains("\"BAD KEY\" is not a valid environment variable name")
                .contains("setting DUP is declared twice")
                .contains("unsupported type java.util.List<java.lang.String>")
                .contains("default value of setting NOT_A_NUMBER is invalid: expected an integer, got \"abc\"")
                .contains("declared as int but its Java type is Path")
                .contains("is final")
                .contains("tool search needs setting UNDECLARED, which is not declared")
                .doesNotContain("sk-live-123")
                .doesNotContain("hunter2");
        assertThatThrownBy(model::validate).isInstanceOf(SettingDeclarationException.class)
                .hasMessageContaining("declared twice").hasMessageNotContaining("hunter2");
    }

    @Test
    void programmaticDefinitionsJoinScannedOnes() {
        SettingsModel model = SettingsModel.scan(new Base())
                .add(SettingDefinition.builder("REGION").description("Cloud region").defaultValue("eu").build())
                .add(SettingDefinition.builder("MODE").allowedValues(List.of("fast", "safe")).build())
                .add(SettingDefinition.builder("LIMIT").type(SettingType.INT).required(false).build());
        assertThat(model.validate().definitions()).extracting(SettingDefinition::key).containsExactly("BASE_URL_TEXT", "REGION", "MODE", "LIMIT");
        assertThat(model.find("REGION").required()).isFalse();
        assertThat(model.find("MODE").type()).isEqualTo(SettingType.ENUM);
        assertThat(model.find("MODE").required()).isTrue();
    }

    @Test
    void toolNeedsRecordsKeysPerTool() {
        SettingsModel model = SettingsModel.scan(new Server()).toolNeeds("forecast", "API_KEY", "PORT").toolNeeds("forecast", "API_KEY");
        assertThat(model.toolSettings("forecast")).containsExactly("API_KEY", "PORT");
        assertThat(model.toolSettings("echo")).isEmpty();
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void describeSettingsHasTheDesignFieldsAndNoSecretValue() {
        List<Map<String, Object>> described = SettingsModel.scan(new Server()).describeSettings();
        assertThat(described.get(1).keySet()).containsExactly("key", "description", "type", "required", "secret", "default");
        assertThat(described.get(1)).containsEntry("key", "API_KEY").containsEntry("description", "API key")
                .containsEntry("type", "string").containsEntry("required", true).containsEntry("secret", true)
                .containsEntry("default", null);
        assertThat(described.get(3)).containsEntry("key", "PORT").containsEntry("type", "int").containsEntry("required", false)
                .containsEntry("default", "8080");
        assertThat(described.get(9)).containsEntry("type", "enum").containsEntry("values", List.of("METRIC", "IMPERIAL"));
        assertThat(described.get(10)).containsEntry("type", "duration").containsEntry("default", "30s");
    }
}
