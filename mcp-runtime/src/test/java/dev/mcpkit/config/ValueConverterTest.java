package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.Secret;
import dev.mcpkit.SettingType;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private static SettingDefinition of(SettingType type) {
        return SettingDefinition.builder("KEY").type(type).build();
    }

    private static Object convert(SettingType type, String raw) throws ConversionException {
        return ValueConverter.convert(of(type), raw);
    }

    @Test
    void convertsEveryType() throws Exception {
        assertThat(convert(SettingType.STRING, " a b ")).isEqualTo(" a b ");
        assertThat(convert(SettingType.INT, " 42 ")).isEqualTo(42);
        assertThat(convert(SettingType.LONG, "9000000000")).isEqualTo(9_000_000_000L);
        assertThat(convert(SettingType.BOOLEAN, "YES")).isEqualTo(true);
        assertThat(convert(SettingType.BOOLEAN, "off")).isEqualTo(false);
        assertThat(convert(SettingType.PATH, "/tmp/x")).isEqualTo(Path.of("/tmp/x"));
        assertThat(convert(SettingType.URL, "https://example.com/a")).isEqualTo(new URL("https://example.com/a"));
        assertThat(convert(SettingType.URI, "urn:x:y")).isEqualTo(new URI("urn:x:y"));
        assertThat(convert(SettingType.DURATION, "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(convert(SettingType.DURATION, "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(convert(SettingType.DURATION, "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(convert(SettingType.DURATION, "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(convert(SettingType.DURATION, "1d")).isEqualTo(Duration.ofDays(1));
        assertThat(convert(SettingType.DURATION, "PT1M30S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ValueConverter.convert(SettingDefinition.builder("U").enumType(SettingsModelTest.Units.class).build(), "imperial"))
                .isEqualTo(SettingsModelTest.Units.IMPERIAL);
        assertThat(ValueConverter.convert(SettingDefinition.builder("M").allowedValues(List.of("fast", "safe")).build(), "SAFE"))
                .isEqualTo("safe");
    }

    @Test
    void secretStringsBecomeSecrets() throws Exception {
        Object value = ValueConverter.convert(SettingDefinition.builder("K").secret(true).build(), "sk-live-abcdefgh1234");
        assertThat(value).isInstanceOf(Secret.class);
        assertThat(((Secret) value).reveal()).isEqualTo("sk-live-abcdefgh1234");
    }

    @Test
    void failuresSayWhatWasExpectedAndWhatWasFound() {
        assertThatThrownBy(() -> convert(SettingType.INT, "abc")).hasMessage("expected an integer, got \"abc\"");
        assertThatThrownBy(() -> convert(SettingType.LONG, "1.5")).hasMessage("expected an integer, got \"1.5\"");
        assertThatThrownBy(() -> convert(SettingType.BOOLEAN, "maybe")).hasMessage("expected true or false, got \"maybe\"");
        assertThatThrownBy(() -> convert(SettingType.URL, "example.com")).hasMessageStartingWith("expected an absolute URL");
        assertThatThrownBy(() -> convert(SettingType.DURATION, "30")).hasMessageStartingWith("expected a duration such as 30s");
        assertThatThrownBy(() -> convert(SettingType.DURATION, "3 weeks")).hasMessageStartingWith("expected a duration");
        assertThatThrownBy(() -> ValueConverter.convert(SettingDefinition.builder("M").allowedValues(List.of("fast", "safe")).build(), "slow"))
                .hasMessage("expected one of fast, safe, got \"slow\"");
        assertThatThrownBy(() -> convert(SettingType.INT, "a\u001b[31m")).hasMessage("expected an integer, got \"a\\u001b[31m\"");
    }

    @Test
    void aRangeBoundsANumberSettingAtBothEnds() throws Exception {
        SettingDefinition port = SettingDefinition.builder("PORT").type(SettingType.INT).range(0, 65535).build();
        assertThat(ValueConverter.convert(port, "0")).isEqualTo(0);
        assertThat(ValueConverter.convert(port, "65535")).isEqualTo(65535);
        assertThatThrownBy(() -> ValueConverter.convert(port, "65536")).hasMessage("expected an integer from 0 to 65535, got \"65536\"");
        assertThatThrownBy(() -> ValueConverter.convert(port, "-1")).hasMessage("expected an integer from 0 to 65535, got \"-1\"");
        assertThatThrownBy(() -> ValueConverter.convert(port, "http")).hasMessage("expected an integer from 0 to 65535, got \"http\"");
        SettingDefinition big = SettingDefinition.builder("BIG").type(SettingType.LONG).range(1, 5_000_000_000L).build();
        assertThat(ValueConverter.convert(big, "5000000000")).isEqualTo(5_000_000_000L);
        assertThatThrownBy(() -> ValueConverter.convert(big, "0")).hasMessageContaining("from 1 to 5000000000");
    }

    @Test
    void failuresOfSecretSettingsDoNotShowTheValue() {
        SettingDefinition pin = SettingDefinition.builder("PIN").type(SettingType.INT).secret(true).build();
        assertThatThrownBy(() -> ValueConverter.convert(pin, "12ab-secret"))
                .hasMessage("expected an integer (the secret value is not shown)");
    }

    @Test
    void secretMaskShowsAtMostTheLastFourCharactersAndNothingOfShortSecrets() {
        assertThat(Secret.of("sk-live-abcdefgh1234").toString()).isEqualTo("****1234");
        assertThat(Secret.of("sk-live-abcdefgh1234").masked()).isEqualTo("****1234");
        assertThat(Secret.of("short-pass1").toString()).isEqualTo("****");
        assertThat(Secret.of("").toString()).isEqualTo("****");
        assertThat(Secret.mask("123456789012")).isEqualTo("****9012");
        assertThat(String.valueOf(List.of(Secret.of("sk-live-abcdefgh1234")))).doesNotContain("sk-live");
    }
}
