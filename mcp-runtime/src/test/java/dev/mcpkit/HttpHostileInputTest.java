package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The 100,000 generated messages of {@link HostileInputTest} (the same generator, another seed), each POSTed to one
 * real server process over Streamable HTTP by four clients at once: every POST gets one HTTP answer, every request
 * with an id exactly one JSON-RPC answer with the code it is owed (the same as on stdio), every refusal its status,
 * and the process still serves at the end.
 */
class HttpHostileInputTest {

    private static final int MESSAGES = 100_000;
    private static final int LIMIT = 4096;   // the fixture's maxMessageBytes
    private static final int CLIENTS = 4;

    /** What one POST got back. */
    private record Answer(int status, List<Map<String, Object>> messages) {
    }

    @Test
    void serverSurvivesHundredThousandHostilePostsAndAnswersEachRequestOnceWithTheCodeStdioGives() throws Exception {
        HostileMessages.Batch batch = new HostileMessages(20261203L, LIMIT).generate(MESSAGES);
        Process process = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName(), "--transport", "http", "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder stderr = new StringBuilder();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String first = err.readLine();
            assertThat(first).contains("serving MCP over Streamable HTTP at ");
            URI endpoint = URI.create(first.substring(first.indexOf("http://")));
            Thread errReader = new Thread(() -> err.lines().forEach(line -> {
                synchronized (stderr) {
                    stderr.append(line).append('\n');
                }
            }));
            errReader.setDaemon(true);
            errReader.start();

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> init = http.send(post(endpoint, null, batch.messageBytes.get(0)), HttpResponse.BodyHandlers.ofString());
            String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow(() -> new AssertionError(init.body()));
            assertThat(init.body()).contains("\"id\":\"init\",\"result\"");
            HttpResponse<String> initialized = http.send(post(endpoint, session, batch.messageBytes.get(1)), HttpResponse.BodyHandlers.ofString());
            assertThat(initialized.statusCode()).isEqualTo(202);
            List<byte[]> messages = batch.messageBytes.subList(2, batch.messageBytes.size());

            long start = System.nanoTime();
            List<Answer> answers = sendAll(endpoint, session, messages);
            long millis = (System.nanoTime() - start) / 1_000_000;

            Map<String, Integer> actualById = new HashMap<>();
            actualById.put("init", 0);
            Map<Integer, Integer> actualNullId = new HashMap<>();
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            for (Answer answer : answers) {
                statuses.merge(answer.status(), 1, Integer::sum);
                assertThat(answer.status()).isIn(200, 202, 400, 413);
                if (answer.status() == 202) {
                    assertThat(answer.messages()).as("202 carries nothing").isEmpty();
                    continue;
                }
                assertThat(answer.messages()).as("one JSON-RPC answer per POST").hasSize(1);
                Map<String, Object> m = answer.messages().get(0);
                int code = m.containsKey("error") ? RawConnection.errorCode(m) : 0;
                if (answer.status() != 200) {
                    assertThat(code).as("a refusal is an error: %s", m).isNotZero();
                }
                if (answer.status() == 413) {
                    assertThat(code).isEqualTo(-32600);
                }
                Object id = m.get("id");
                if (id == null) {
                    actualNullId.merge(code, 1, Integer::sum);
                } else {
                    assertThat(actualById.put((String) id, code)).as("one answer for id %s", id).isNull();
                }
            }
            assertThat(HostileInputTest.differences(batch.expectedById, actualById)).as("ids answered otherwise than owed").isEmpty();
            assertThat(actualNullId).isEqualTo(batch.expectedNullIdErrors);

            HttpResponse<String> last = http.send(post(endpoint, session, ("{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"still alive\"}}}").getBytes(StandardCharsets.UTF_8)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(last.body()).contains("still alive");
            assertThat(process.isAlive()).isTrue();
            synchronized (stderr) {
                assertThat(stderr.toString()).contains("StackOverflowError").doesNotContain("stopped serving");
            }
            System.out.printf("hostile input over HTTP: %,d POSTs, statuses %s, %,d answers with an id, %,d without, %,d ms%n",
                    answers.size(), statuses, actualById.size(), actualNullId.values().stream().mapToInt(Integer::intValue).sum(), millis);
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** POSTs every message, {@value #CLIENTS} clients at once, each on its own connection; the answers in order. */
    private static List<Answer> sendAll(URI endpoint, String session, List<byte[]> messages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Answer>>> parts = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                parts.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    List<Answer> answers = new ArrayList<>();
                    for (int i = first; i < messages.size(); i += CLIENTS) {
                        HttpResponse<String> response = http.send(post(endpoint, session, messages.get(i)), HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(response.statusCode(), messagesIn(response)));
                    }
                    return answers;
                }));
            }
            List<Answer> all = new ArrayList<>();
            for (Future<List<Answer>> part : parts) {
                all.addAll(part.get(600, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpRequest post(URI endpoint, String session, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return (session == null ? b : b.header("Mcp-Session-Id", session)).build();
    }

    /** The JSON-RPC messages of a response: its JSON body, or the data of its SSE events. */
    private static List<Map<String, Object>> messagesIn(HttpResponse<String> response) {
        List<Map<String, Object>> found = new ArrayList<>();
        String body = response.body();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            for (String line : body.split("\n")) {
                if (line.startsWith("data: ") && line.length() > 6) {
                    found.add(cast(Json.parse(line.substring(6))));
                }
            }
        } else if (!body.isEmpty()) {
            found.add(cast(Json.parse(body)));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object json) {
        return (Map<String, Object>) json;
    }
}
