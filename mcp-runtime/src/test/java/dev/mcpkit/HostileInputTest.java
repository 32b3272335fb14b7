package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 100,000 generated messages ({@link HostileMessages}) through one real server process over real
 * stdio: the server never stops, stdout carries JSON-RPC only, and every request with an id gets
 * exactly one answer with the code it is owed.
 */
class HostileInputTest {

    private static final int MESSAGES = 100_000;
    private static final int LIMIT = 4096;   // the fixture's maxMessageBytes

    @Test
    void serverSurvivesHundredThousandHostileMessagesAndAnswersEachExactlyOnceWithTheRightCode() throws Exception {
        HostileMessages.Batch batch = new HostileMessages(20261202L, LIMIT).generate(MESSAGES);
        batch.line("{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"still alive\"}}}");
        batch.expect("last", 0);

        long start = System.nanoTime();
        StdioProcessTest.Run run = StdioProcessTest.run(batch.input.toByteArray(), 300);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.exit()).as("exit status; stderr ends:\n%s", tail(run.stderr())).isZero();
        List<Map<String, Object>> messages = run.messages();   // asserts every stdout line is a JSON-RPC message
        Map<String, Integer> actualById = new HashMap<>();
        Map<Integer, Integer> actualNullId = new HashMap<>();
        for (Map<String, Object> m : messages) {
            assertThat(m).as("a response: %s", m).containsKey("id");
            Object id = m.get("id");
            int code = m.containsKey("error") ? RawConnection.errorCode(m) : 0;
            if (id == null) {
                actualNullId.merge(code, 1, Integer::sum);
            } else {
                assertThat(actualById.put((String) id, code)).as("one response for id %s", id).isNull();
            }
        }
        assertThat(differences(batch.expectedById, actualById)).as("ids answered otherwise than owed").isEmpty();
        assertThat(actualNullId).isEqualTo(batch.expectedNullIdErrors);
        assertThat(run.stderr()).contains("overflow").contains("StackOverflowError").doesNotContain("stopped serving");
        System.out.printf("hostile input: %,d messages, %,d answers (%,d with an id, %,d without), %,d ms%n",
                batch.messages, messages.size(), actualById.size(), messages.size() - actualById.size(), millis);
    }

    /** A request id reused while the first is still running is refused; the first still answers. */
    @Test
    void reusedIdOfACallInFlightIsRefusedAndTheFirstStillAnswers() throws Exception {
        HostileMessages.Batch batch = new HostileMessages(1L, LIMIT).generate(0);
        String wait = "{\"jsonrpc\":\"2.0\",\"id\":\"dup\",\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":300}}}";
        batch.line(wait);
        batch.line(wait);
        StdioProcessTest.Run run = StdioProcessTest.run(batch.input.toByteArray());
        int results = 0;
        int refusals = 0;
        for (Map<String, Object> m : run.messages()) {
            if ("dup".equals(m.get("id"))) {
                if (m.containsKey("error")) {
                    assertThat(RawConnection.errorCode(m)).isEqualTo(-32600);
                    refusals++;
                } else {
                    results++;
                }
            }
        }
        assertThat(results).isEqualTo(1);
        assertThat(refusals).isEqualTo(1);
    }

    /** "id: expected X, got Y" for every id whose answer differs (missing or unexpected answers included), at most 20. */
    static List<String> differences(Map<String, Integer> expected, Map<String, Integer> actual) {
        java.util.Set<String> ids = new java.util.TreeSet<>(expected.keySet());
        ids.addAll(actual.keySet());
        return ids.stream().filter(id -> !java.util.Objects.equals(expected.get(id), actual.get(id)))
                .map(id -> id + ": expected " + expected.get(id) + ", got " + actual.get(id)).limit(20).toList();
    }

    static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
