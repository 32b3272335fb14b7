package dev.mcpkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One million seeded inputs straight into the parser: random JSON values written out (which must
 * read back to the same text), then cut, spliced, salted with hostile tokens and stray characters. Whatever
 * the input, the parser returns a value or throws {@link JsonException}; nothing else escapes.
 */
class JsonFuzzTest {

    private static final int INPUTS = 1_000_000;
    private static final String[] HOSTILE = {"1e999999999999", "-1E+99999", "9" .repeat(1200), "1e400", "-0", "4.9e-324",
        "0." + "1".repeat(990), "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "[".repeat(300), "]".repeat(300),
        "{\"a\":".repeat(300), "tru", "nul", "\"\\x\"", "\"\\u12\"", "01", "1.", "-", "1e", "1e+", "\u2028", "\uFEFF", "\t",
        "NaN", "Infinity", "\"", "\\", ",", ":", "{}", "[]"};

    private final Random random = new Random(20261202L);

    @Test
    void aMillionGeneratedInputsEitherParseOrFailWithJsonException() {
        int parsed = 0;
        int rejected = 0;
        int roundTrips = 0;
        for (int i = 0; i < INPUTS; i++) {
            Object value = value(0);
            String text = Json.write(value);
            if (i % 4 == 0) {
                assertThat(Json.write(Json.parse(text))).as("written, read and written again").isEqualTo(text);
                roundTrips++;
                continue;
            }
            String input = mutate(text);
            try {
                Json.parse(input);
                parsed++;
            } catch (JsonException e) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("parsing " + brief(input) + " threw " + e, e);
            }
        }
        assertThat(roundTrips + parsed + rejected).isEqualTo(INPUTS);
        assertThat(parsed).as("some mutations stay valid JSON").isPositive();
        assertThat(rejected).as("most mutations are rejected").isGreaterThan(parsed);
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 9);
        switch (kind) {
            case 0: return null;
            case 1: return random.nextBoolean();
            case 2: return random.nextLong() >> random.nextInt(64);
            case 3: return random.nextDouble() * Math.pow(10, random.nextInt(600) - 300);
            case 4: return BigInteger.ONE.shiftLeft(64 + random.nextInt(400)).add(new BigInteger(60, random));   // beyond long
            case 5: return string();
            case 6:
            case 7: {
                Map<String, Object> map = Json.object();
                for (int n = random.nextInt(5); n > 0; n--) {
                    map.put(string(), value(depth + 1));
                }
                return map;
            }
            default: {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    list.add(value(depth + 1));
                }
                return list;
            }
        }
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            int pick = random.nextInt(10);
            s.append(pick < 6 ? (char) ('a' + random.nextInt(26)) : pick < 8 ? (char) random.nextInt(0x20) : (char) random.nextInt(0x10000));
        }
        return s.toString();
    }

    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(5)) {
                case 0:
                    s.setLength(at);   // truncated
                    break;
                case 1:
                    s.insert(at, HOSTILE[random.nextInt(HOSTILE.length)]);
                    break;
                case 2:
                    if (at < s.length()) {
                        s.setCharAt(at, (char) random.nextInt(128));
                    }
                    break;
                case 3:
                    s.insert(at, (char) random.nextInt(0x10000));
                    break;
                default:
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
            }
        }
        return s.toString();
    }

    private static String brief(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }
}
