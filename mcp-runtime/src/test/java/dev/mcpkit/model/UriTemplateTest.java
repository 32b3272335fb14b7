package dev.mcpkit.model;

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

    @Test
    void aSimpleVariableNeverLeavesItsSegmentWhateverTheEncoding() {
        UriTemplate t = new UriTemplate("example://notes/{name}");
        for (String escape : new String[] {"..%2F..%2Fetc%2Fpasswd", "..%2f..%2fetc%2fpasswd", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "%2e%2e", "..", ".", "%2E", ".%2E", "%2E.", "a%2Fb", "a%5Cb", "..%5C..%5Cwindows", "a%00b", "%ZZ", "%E0%A4",
            "..%252F..%252F/etc"}) {
            assertThat(t.match("example://notes/" + escape)).as(escape).isNull();
        }
        assertThat(t.match("example://notes/my%20note.txt")).isEqualTo(Map.of("name", "my note.txt"));
        assertThat(t.match("example://notes/a..b")).isEqualTo(Map.of("name", "a..b"));
        // decoded once: what a double-encoded value turns into is a plain name, not a path
        assertThat(t.match("example://notes/..%252F..%252Fetc")).isEqualTo(Map.of("name", "..%2F..%2Fetc"));
    }

    @Test
    void aReservedVariableSpansSegmentsButNeverADotSegment() {
        UriTemplate t = new UriTemplate("file:///{+path}");
        for (String escape : new String[] {"docs/../../etc/passwd", "docs/%2E%2E/secret", "../x", "docs/..", "./x", "a\\..\\b",
            "docs/%2e%2e%2fsecret"}) {
            assertThat(t.match("file:///" + escape)).as(escape).isNull();
        }
        assertThat(t.match("file:///docs/a%2Fb/c.txt")).isEqualTo(Map.of("path", "docs/a/b/c.txt"));
    }
}
