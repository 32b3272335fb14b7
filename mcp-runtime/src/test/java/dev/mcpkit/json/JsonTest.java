package dev.mcpkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesEveryKindOfValue() {
        Object v = Json.parse(" {\"a\":[1,-2.5,true,false,null,\"s\"],\"b\":{},\"c\":[] } ");
        assertThat(v).isEqualTo(Map.of("a", Arrays.asList(1L, -2.5, true, false, null, "s"), "b", Map.of(), "c", List.of()));
    }

    @Test
    void keepsKeyOrder() {
        assertThat(Json.write(Json.parse("{\"z\":1,\"a\":2,\"m\":3}"))).isEqualTo("{\"z\":1,\"a\":2,\"m\":3}");
    }

    @Test
    void bigIntegersStayExact() {
        assertThat(Json.parse("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void escapesRoundTripAndOutputHasNoRawNewlines() {
        String s = "line1\nline2\t\"quoted\" \\ \u0001 \u2028 é 😀";
        String json = Json.write(s);
        assertThat(json).doesNotContain("\n").doesNotContain("\u2028");
        assertThat(Json.parse(json)).isEqualTo(s);
        assertThat(Json.parse("\"\\u00e9\\ud83d\\ude00\\/\"")).isEqualTo("é😀/");
    }

    @Test
    void rejectsMalformedInputWithOffset() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"abc", "\"\\x\"", "{} {}", "[1 2]",
                "\"tab\there\"", "{a:1}", "NaN", "\"\\u12\"")) {
            assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(JsonException.class).hasMessageContaining("offset");
        }
    }

    @Test
    void deepNestingIsRejectedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(JsonException.class).hasMessageContaining("nesting");
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(Json.parse(ok)).isInstanceOf(List.class);
    }

    @Test
    void wholeDoublesAreWrittenAsIntegersAndNonFiniteIsAnError() {
        assertThat(Json.write(List.of(3.0, 2.5, 1e20))).isEqualTo("[3,2.5,1.0E20]");
        assertThat(Json.parse(Json.write(1e20))).isEqualTo(1e20);
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(JsonException.class);
    }

    @Test
    void prettyOutputParsesBackToTheSameValue() {
        Object v = Json.parse("{\"a\":[1,{\"b\":null}],\"c\":\"d\",\"e\":{}}");
        String pretty = Json.writePretty(v);
        assertThat(pretty).contains("\n  \"a\": [");
        assertThat(Json.parse(pretty)).isEqualTo(v);
    }
}
