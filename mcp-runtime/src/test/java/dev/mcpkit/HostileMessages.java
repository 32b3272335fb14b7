package dev.mcpkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of the messages a hostile or broken client sends, each with the answer the
 * server owes it: valid calls, malformed and truncated JSON, invalid UTF-8, lines over the size
 * limit, deep nesting, numbers beyond the reader's limits, bad ids, methods and params, notifications,
 * and tools that throw or overflow their stack. The expectations are worked out from how each
 * message was built, never by running the server's own parser.
 */
final class HostileMessages {

    /** What was sent (one line each) and what must come back. */
    static final class Batch {
        final ByteArrayOutputStream input = new ByteArrayOutputStream();
        /** The same messages one by one, for a transport that takes a message per request. */
        final List<byte[]> messageBytes = new ArrayList<>();
        /** id -> expected error code, or 0 for a result (a tool error result counts as a result). */
        final Map<String, Integer> expectedById = new HashMap<>();
        /** error code -> how many answers with a null id. */
        final Map<Integer, Integer> expectedNullIdErrors = new HashMap<>();
        int messages;

        void line(String text) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] raw) {
            messageBytes.add(raw);
            input.writeBytes(raw);
            input.write('\n');
            messages++;
        }

        void expect(String id, int code) {
            expectedById.put(id, code);
        }

        void expectNullId(int code) {
            expectedNullIdErrors.merge(code, 1, Integer::sum);
        }
    }

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}}";

    private final Random random;
    private final int limit;
    private final Batch batch = new Batch();
    private int seq;

    /** @param limit the server's message size limit in bytes */
    HostileMessages(long seed, int limit) {
        this.random = new Random(seed);
        this.limit = limit;
    }

    /** Initialize, then {@code count} generated messages. */
    Batch generate(int count) {
        batch.line(INITIALIZE);
        batch.expect("init", 0);
        batch.line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        for (int i = 0; i < count; i++) {
            one(i);
        }
        return batch;
    }

    private static String request(String id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + quoted(id) + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    private static String quoted(String id) {
        return "\"" + id + "\"";
    }

    private void one(int i) {
        String id = "h" + (seq++);
        switch (random.nextInt(24)) {
            case 0: {   // cut short: the id is known once its closing quote was kept
                String valid = request(id, "ping", null);
                int cut = 1 + random.nextInt(valid.length() - 2);
                batch.line(valid.substring(0, cut));
                if (cut >= valid.indexOf(",\"method\"")) {
                    batch.expect(id, -32700);
                } else {
                    batch.expectNullId(-32700);
                }
                break;
            }
            case 1: {   // a byte that is not UTF-8 inside a string after the id
                byte[] head = (request(id, "ping", "{\"x\":\"").replace("}", "")).getBytes(StandardCharsets.UTF_8);
                byte[] bad = new byte[head.length + 4];
                System.arraycopy(head, 0, bad, 0, head.length);
                bad[head.length] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x40) : 0xf8 + random.nextInt(8));
                bad[head.length + 1] = '"';
                bad[head.length + 2] = '}';
                bad[head.length + 3] = '}';
                batch.bytes(bad);
                batch.expect(id, -32700);
                break;
            }
            case 2: {
                String[] badIds = {"null", "1.5", "{}", "[]", "true", "-0.1e3"};
                batch.line("{\"jsonrpc\":\"2.0\",\"id\":" + badIds[random.nextInt(badIds.length)] + ",\"method\":\"ping\"}");
                batch.expectNullId(-32600);
                break;
            }
            case 3: {
                String[] badMethods = {"1", "null", "{}", "[\"ping\"]", "false"};
                batch.line("{\"jsonrpc\":\"2.0\",\"id\":" + quoted(id) + ",\"method\":" + badMethods[random.nextInt(badMethods.length)] + "}");
                batch.expect(id, -32600);
                break;
            }
            case 4: {
                String[] badParams = {"[]", "\"x\"", "7", "true"};
                batch.line(request(id, "tools/list", badParams[random.nextInt(badParams.length)]));
                batch.expect(id, -32602);
                break;
            }
            case 5:
                batch.line(request(id, "no/such/method/" + random.nextInt(1000), null));
                batch.expect(id, -32601);
                break;
            case 6:   // over the size limit: the id is read from the part kept
                batch.line(request(id, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\""
                        + "A".repeat(limit + random.nextInt(limit)) + "\"}}"));
                batch.expect(id, -32600);
                break;
            case 7: {
                int depth = 250 + random.nextInt(2000);
                String deep = request(id, "ping", "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
                batch.line(deep);
                int code = deep.length() > limit ? -32600 : depth + 2 > 256 ? -32700 : 0;
                batch.expect(id, code);
                break;
            }
            case 8:
                batch.line(request(id, "notifications/initialized", null));
                batch.expect(id, -32601);
                break;
            case 9:
                batch.line("{\"jsonrpc\":\"1.0\",\"id\":" + quoted(id) + ",\"method\":\"ping\"}");
                batch.expect(id, -32600);
                break;
            case 10:
                batch.line("[" + request(id, "ping", null) + "]");
                batch.expectNullId(-32600);
                break;
            case 11: {
                String[] badArgs = {"{\"message\":5}", "{}", "{\"message\":\"m\",\"extra\":1}", "{\"message\":null}",
                    "{\"message\":" + "1".repeat(300) + "}"};
                batch.line(request(id, "tools/call", "{\"name\":\"echo\",\"arguments\":" + badArgs[random.nextInt(badArgs.length)] + "}"));
                batch.expect(id, 0);   // a tool error result, not a protocol error
                break;
            }
            case 12:
                batch.line(request(id, "tools/call", "{\"name\":\"missing_" + i + "\"}"));
                batch.expect(id, -32602);
                break;
            case 13:
                batch.line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + random.nextInt() + "}}");
                break;
            case 14:
                batch.line(request(id, "resources/read", "{\"uri\":\"nowhere://" + i + "\"}"));
                batch.expect(id, -32002);
                break;
            case 15: {   // numbers beyond the limits: -32602 for that request
                String[] beyond = {"1e999999999999", "-1E+99999", "9.9e1001", "1" + "0".repeat(1000 + random.nextInt(500)),
                    "0." + "3".repeat(1000), "1e" + "9".repeat(900)};
                batch.line(request(id, "ping", "{\"n\":" + beyond[random.nextInt(beyond.length)] + "}"));
                batch.expect(id, -32602);
                break;
            }
            case 16: {   // extreme numbers within the limits are fine
                String[] within = {"1e308", "1e400", "-1e-400", "4.9e-324", "-0", "-0.0e0", "9".repeat(999), "1e-999999999",
                    "123456789012345678901234567890", "-9223372036854775809", "0.1e1000"};
                batch.line(request(id, "ping", "{\"n\":" + within[random.nextInt(within.length)] + "}"));
                batch.expect(id, 0);
                break;
            }
            case 17: {   // noise that is no JSON object at all
                byte[] noise = new byte[1 + random.nextInt(200)];
                random.nextBytes(noise);
                for (int k = 0; k < noise.length; k++) {
                    if (noise[k] == '\n' || noise[k] == '\r' || noise[k] == '{' || noise[k] == '[') {
                        noise[k] = 'x';
                    }
                }
                noise[0] = '#';
                batch.bytes(noise);
                batch.expectNullId(-32700);
                break;
            }
            case 18:
                batch.line(request(id, "tools/call", "{\"name\":\"crashes\"}"));
                batch.expect(id, 0);
                break;
            case 19:
                batch.line(request(id, "tools/call", "{\"name\":\"overflow\"}"));
                batch.expect(id, 0);
                break;
            case 20: {   // a notification beyond the limits: its answer can carry no id
                batch.line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progress\":1e99999999999}}");
                batch.expectNullId(-32602);
                break;
            }
            case 21: {   // escapes and lone surrogates in strings
                batch.line(request(id, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"\\ud800 \\udfff \\u0000 \\\\ \\/ \u2028\"}}"));
                batch.expect(id, 0);
                break;
            }
            case 22: {   // a string parameter that is not what it should be
                batch.line(request(id, "resources/read", "{\"uri\":" + (random.nextBoolean() ? "7" : "null") + "}"));
                batch.expect(id, -32602);
                break;
            }
            default:
                batch.line(request(id, "tools/call", "{\"name\":\"echo\",\"arguments\":{\"message\":\"ok " + i + " é\"}}"));
                batch.expect(id, 0);
        }
    }
}
