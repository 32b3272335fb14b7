package dev.mcpkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UriTemplateTest {

    @Test
    void simpleVariablesMatchOneSegment() {
        UriTemplate t = new UriTemplate("notes://{folder}/{id}");
        assertThat(t.match("notes://work/42")).isEqualTo(Map.of("folder", "work", "id", "42"));
        assertThat(t.match("notes://work/a/42")).isNull();
        assertThat(t.match("notes://work/")).isNull();
        assertThat(t.match("other://work/42")).isNull();
    }

    @Test
    void reservedVariablesSpanSlashes() {
        UriTemplate t = new UriTemplate("file:///{+path}");
        assertThat(t.match("file:///usr/share/doc")).isEqualTo(Map.of("path", "usr/share/doc"));
    }

    @Test
    void literalSuffixesAndPercentDecoding() {
        UriTemplate t = new UriTemplate("db://{table}/rows.json");
        assertThat(t.match("db://my%20table/rows.json")).isEqualTo(Map.of("table", "my table"));
        assertThat(t.match("db://x/rows.xml")).isNull();
    }

    @Test
    void unsupportedExpressionsAreRejectedWithTheTemplate() {
        assertThatThrownBy(() -> new UriTemplate("x://{?q}")).hasMessageContaining("x://{?q}");
        assertThatThrownBy(() -> new UriTemplate("x://{a}{b}")).hasMessageContaining("literal");
        assertThat(UriTemplate.isTemplate("x://plain")).isFalse();
    }
}
