package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 10,000+ generated malformed or hostile messages over real stdio: the server never dies, every
 * stdout line is a JSON-RPC message, each bad request gets the right error code, and normal calls
 * still work afterwards.
 */
class HostileInputTest {

    private static final int MESSAGES = 12_000;
    private static final int LIMIT = 4096;   // the fixture's maxMessageBytes

    private final ByteArrayOutputStream input = new ByteArrayOutputStream();
    private final Map<String, Integer> expectedById = new HashMap<>();   // id -> expected error code (0 = result)
    private final Map<Integer, Integer> expectedNullIdErrors = new HashMap<>();
    private int seq;

    private void line(String text) {
        input.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        input.write('\n');
    }

    private void bytes(byte[] raw) {
        input.writeBytes(raw);
        input.write('\n');
    }

    private String nextId() {
        return "\"h" + (seq++) + "\"";
    }

    private void expect(String idJson, int code) {
        expectedById.put((String) Json.parse(idJson), code);
    }

    private void expectNullId(int code) {
        expectedNullIdErrors.merge(code, 1, Integer::sum);
    }

    @Test
    void serverSurvivesHostileInputAndAnswersEachBadRequestCorrectly() throws Exception {
        Random random = new Random(20261124L);
        // before initialize: requests are refused, ping is fine
        for (int i = 0; i < 50; i++) {
            String id = nextId();
            line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}");
            expect(id, -32600);
        }
        line("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}}");
        expectedById.put("init", 0);
        line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

        for (int i = 0; i < MESSAGES; i++) {
            String id = nextId();
            switch (random.nextInt(16)) {
                case 0: {
                    String valid = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}";
                    line(valid.substring(0, 1 + random.nextInt(valid.length() - 2)));
                    expectNullId(-32700);
                    break;
                }
                case 1: {
                    byte[] raw = ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\",\"x\":\"").getBytes(StandardCharsets.UTF_8);
                    byte[] bad = new byte[raw.length + 3];
                    System.arraycopy(raw, 0, bad, 0, raw.length);
                    bad[raw.length] = (byte) (0x80 + random.nextInt(0x40));   // a lone continuation byte
                    bad[raw.length + 1] = '"';
                    bad[raw.length + 2] = '}';
                    bytes(bad);
                    expectNullId(-32700);
                    break;
                }
                case 2: {
                    String[] badIds = {"null", "1.5", "{}", "[]", "true", "-0.1e3"};
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + badIds[random.nextInt(badIds.length)] + ",\"method\":\"ping\"}");
                    expectNullId(-32600);
                    break;
                }
                case 3: {
                    String[] badMethods = {"1", "null", "{}", "[\"ping\"]", "false"};
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":" + badMethods[random.nextInt(badMethods.length)] + "}");
                    expect(id, -32600);
                    break;
                }
                case 4: {
                    String[] badParams = {"[]", "\"x\"", "7", "true"};
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\",\"params\":" + badParams[random.nextInt(4)] + "}");
                    expect(id, -32602);
                    break;
                }
                case 5:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"no/such/method/" + random.nextInt(1000) + "\"}");
                    expect(id, -32601);
                    break;
                case 6:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\""
                            + "A".repeat(5000 + random.nextInt(5000)) + "\"}}}");
                    expectNullId(-32600);   // over the fixture's 4 KiB limit: skipped without reading an id
                    break;
                case 7: {
                    int depth = 300 + random.nextInt(5000);
                    String deep = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\",\"params\":{\"x\":"
                            + "[".repeat(depth) + "]".repeat(depth) + "}}";
                    line(deep);
                    expectNullId(deep.length() > LIMIT ? -32600 : -32700);   // too large, or too deep to parse
                    break;
                }
                case 8:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"notifications/initialized\"}");
                    expect(id, -32601);
                    break;
                case 9:
                    line("{\"jsonrpc\":\"1.0\",\"id\":" + id + ",\"method\":\"ping\"}");
                    expect(id, -32600);
                    break;
                case 10:
                    line("[{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}]");
                    expectNullId(-32600);
                    break;
                case 11: {
                    String[] badArgs = {"{\"message\":5}", "{}", "{\"message\":\"m\",\"extra\":1}", "{\"message\":null}"};
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":"
                            + badArgs[random.nextInt(badArgs.length)] + "}}");
                    expect(id, 0);   // a tool error result, not a protocol error
                    break;
                }
                case 12:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"missing_" + i + "\"}}");
                    expect(id, -32602);
                    break;
                case 13:
                    line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + random.nextInt() + "}}");
                    seq--;
                    break;
                case 14:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"resources/read\",\"params\":{\"uri\":\"nowhere://" + i + "\"}}");
                    expect(id, -32002);
                    break;
                default:
                    line("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"ok "
                            + i + " \\u0000 \\\"quoted\\\" é\"}}}");
                    expect(id, 0);
            }
        }
        // a request id reused while the first is still running
        line("{\"jsonrpc\":\"2.0\",\"id\":\"dup\",\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":300}}}");
        line("{\"jsonrpc\":\"2.0\",\"id\":\"dup\",\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":300}}}");
        line("{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"still alive\"}}}");

        StdioProcessTest.Run run = StdioProcessTest.run(input.toByteArray());

        assertThat(run.exit()).as("exit status; stderr:\n%s", run.stderr()).isZero();
        List<Map<String, Object>> messages = run.messages();   // asserts every stdout line is a JSON-RPC message
        Map<String, Integer> actualById = new HashMap<>();
        Map<Integer, Integer> actualNullId = new HashMap<>();
        int dupResults = 0;
        int dupErrors = 0;
        for (Map<String, Object> m : messages) {
            assertThat(m).as("response shape").containsKey("id");
            Object id = m.get("id");
            int code = m.containsKey("error") ? RawConnection.errorCode(m) : 0;
            if (id == null) {
                actualNullId.merge(code, 1, Integer::sum);
            } else if ("dup".equals(id)) {
                if (code == 0) {
                    dupResults++;
                } else {
                    assertThat(code).isEqualTo(-32600);
                    dupErrors++;
                }
            } else {
                assertThat(actualById.put((String) id, code)).as("one response for id %s", id).isNull();
            }
        }
        assertThat(messages.size()).isGreaterThanOrEqualTo(MESSAGES / 2);
        expectedById.put("last", 0);
        assertThat(actualById).isEqualTo(expectedById);
        assertThat(actualNullId).isEqualTo(expectedNullIdErrors);
        assertThat(dupResults).isEqualTo(1);
        assertThat(dupErrors).isEqualTo(1);
        assertThat(run.stdout().get(run.stdout().size() - 1) + String.join("", run.stdout())).contains("still alive");
    }
}
