package dev.mcpkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
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

    @Test
    void numbersBeyondTheLimitsAreALimitErrorNotAnotherException() {
        for (String beyond : List.of("1e999999999999", "-1E+99999", "9.9e1001", "1" + "0".repeat(1000), "0." + "3".repeat(999),
                "1e" + "9".repeat(998), "[1,{\"a\":1e2000}]")) {
            assertThatThrownBy(() -> Json.parse(beyond)).as(beyond).isInstanceOf(JsonLimitException.class)
                    .hasMessageContaining("offset");
        }
    }

    @Test
    void numbersWithinTheLimitsAreKeptExactlyOrAsTheNearestDouble() {
        assertThat(Json.parse("1e400")).isEqualTo(new BigDecimal("1e400"));
        assertThat(Json.parse("9.9e1000")).isEqualTo(new BigDecimal("9.9e1000"));
        assertThat(Json.parse("9".repeat(1000))).isEqualTo(new BigInteger("9".repeat(1000)));
        assertThat(Json.parse("1e-999999999")).isEqualTo(0.0);
        assertThat(Json.parse("-0")).isEqualTo(0L);
        assertThat(Json.parse("4.9e-324")).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void aMillionDigitNumberIsRefusedAfterOneLinearScan() {
        String huge = "{\"n\":" + "7".repeat(1_000_000) + "}";
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> Json.parse(huge)).isInstanceOf(JsonLimitException.class).hasMessageContaining("1000000 characters");
        }
        // quadratic conversion took ~18 s for one such number; twenty linear scans take milliseconds
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void topLevelMemberIsReadFromBrokenTruncatedOrOverLimitText() {
        Object absent = new Object();
        assertThat(Json.topLevelMember("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":", "id", absent)).isEqualTo(7L);
        assertThat(Json.topLevelMember("{\"a\":{\"id\":1,\"b\":[\"]}\\\"\",{}]},\"id\":\"x\"", "id", absent)).isEqualTo("x");
        assertThat(Json.topLevelMember("{\"n\":1e999999999,\"id\":\"y\"}", "id", absent)).isEqualTo("y");
        assertThat(Json.topLevelMember("{\"id\":null}", "id", absent)).isNull();
        assertThat(Json.topLevelMember("{\"id\":12", "id", absent)).as("12 may be the start of 123").isSameAs(absent);
        assertThat(Json.topLevelMember("{\"id\":\"ab", "id", absent)).isSameAs(absent);
        assertThat(Json.topLevelMember("{\"params\":{\"id\":3}}", "id", absent)).as("not at the top level").isSameAs(absent);
        assertThat(Json.topLevelMember("[{\"id\":3}]", "id", absent)).isSameAs(absent);
        assertThat(Json.topLevelMember("{\"id\":[3]}", "id", absent)).isSameAs(absent);
        assertThat(Json.topLevelMember("", "id", absent)).isSameAs(absent);
    }
}
