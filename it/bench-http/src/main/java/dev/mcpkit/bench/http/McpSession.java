package dev.mcpkit.bench.http;

import dev.mcpkit.bench.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One virtual client: its own {@link HttpClient} (so its own keep-alive connection, HTTP/1.1) and one MCP session
 * on the server, driven synchronously from the calling thread. Every answer is parsed and checked; a call that
 * fails for any reason (transport error, timeout, non-2xx status, wrong answer) returns the reason instead of
 * throwing, so a load run can count it and go on.
 */
final class McpSession implements AutoCloseable {

    static final String PROTOCOL_VERSION = "2025-11-25";
    private static final String ACCEPT = "application/json, text/event-stream";

    private final HttpClient http;
    private final URI endpoint;
    private final Duration timeout;
    private final String bearerToken;
    private String sessionId;

    /** @param bearerToken sent as {@code Authorization: Bearer} with every request; null for none */
    McpSession(URI endpoint, Duration timeout, String bearerToken) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.bearerToken = bearerToken;
    }

    /**
     * POSTs {@code initialize} and keeps the {@code Mcp-Session-Id} of the answer. Throws {@link IOException} when
     * the server cannot be reached (the start-up probe retries on it) and {@link IllegalStateException} on a wrong
     * answer.
     */
    void initialize() throws IOException, InterruptedException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + PROTOCOL_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench-http\",\"version\":\"1\"}}}";
        HttpResponse<String> response = http.send(post(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("initialize answered HTTP " + response.statusCode() + ": " + response.body());
        }
        Map<String, Object> answer = Answers.find(response.body(), contentType(response), 0L);
        if (answer == null || !(answer.get("result") instanceof Map)) {
            throw new IllegalStateException("initialize: no result with id 0 in: " + response.body());
        }
        sessionId = response.headers().firstValue("Mcp-Session-Id")
                .orElseThrow(() -> new IllegalStateException("initialize answered without Mcp-Session-Id"));
    }

    /** POSTs {@code notifications/initialized}; the server must accept it (2xx). */
    void initialized() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("notifications/initialized answered HTTP " + response.statusCode());
        }
    }

    /** Calls {@code echo} with {@code message}; returns null when the answer is right, else what was wrong. */
    String echo(long id, String message) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"" + message + "\"}}}";
        HttpResponse<String> response;
        try {
            response = http.send(post(body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode();
        }
        return Answers.checkEcho(response.body(), contentType(response), id, message);
    }

    /** Ends the session (DELETE); its outcome does not matter to the benchmark. */
    @Override
    public void close() {
        if (sessionId != null) {
            try {
                http.send(request().DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException | RuntimeException e) {
                // the server may be gone already
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sessionId = null;
        }
    }

    private HttpRequest.Builder post(String json) {
        return request().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder request() {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(timeout).header("Accept", ACCEPT);
        if (bearerToken != null) {
            b.header("Authorization", "Bearer " + bearerToken);
        }
        if (sessionId != null) {
            b.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", PROTOCOL_VERSION);
        }
        return b;
    }

    private static String contentType(HttpResponse<?> response) {
        Optional<String> type = response.headers().firstValue("Content-Type");
        return type.orElse("");
    }

    /** Reading answers: a JSON body, or a Server-Sent Events body whose {@code data:} lines hold JSON-RPC messages. */
    static final class Answers {

        private Answers() {
        }

        /** Null when {@code body} holds the JSON-RPC result of echo {@code id} with {@code message}, else the problem. */
        static String checkEcho(String body, String contentType, long id, String message) {
            Map<String, Object> answer;
            try {
                answer = find(body, contentType, id);
            } catch (IllegalArgumentException e) {
                return "not JSON (" + e.getMessage() + "): " + abbreviate(body);
            }
            if (answer == null) {
                return "no response with id " + id + ": " + abbreviate(body);
            }
            if (!"2.0".equals(answer.get("jsonrpc"))) {
                return "not JSON-RPC 2.0: " + abbreviate(body);
            }
            Object result = answer.get("result");
            if (!(result instanceof Map)) {
                return "no result: " + abbreviate(body);
            }
            Object content = ((Map<?, ?>) result).get("content");
            if (!(content instanceof List) || ((List<?>) content).isEmpty()
                    || !(((List<?>) content).get(0) instanceof Map)) {
                return "no content: " + abbreviate(body);
            }
            Map<?, ?> first = (Map<?, ?>) ((List<?>) content).get(0);
            if (!"text".equals(first.get("type")) || !message.equals(first.get("text"))) {
                return "wrong content: " + abbreviate(body);
            }
            if (Boolean.TRUE.equals(((Map<?, ?>) result).get("isError"))) {
                return "isError: " + abbreviate(body);
            }
            return null;
        }

        /**
         * The JSON-RPC message with {@code id} in {@code body}: the body itself when it is JSON, or the {@code data}
         * of one of its events when the content type is {@code text/event-stream}. Null when none has that id.
         */
        @SuppressWarnings("unchecked")
        static Map<String, Object> find(String body, String contentType, long id) {
            if (contentType.regionMatches(true, 0, "text/event-stream", 0, 17)) {
                StringBuilder data = new StringBuilder();
                for (String line : (body + "\n\n").split("\r\n|\r|\n", -1)) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            Map<String, Object> m = withId(JsonReader.parse(data.toString()), id);
                            if (m != null) {
                                return m;
                            }
                            data.setLength(0);
                        }
                    } else if (line.startsWith("data:")) {
                        if (data.length() > 0) {
                            data.append('\n');
                        }
                        data.append(line, line.startsWith("data: ") ? 6 : 5, line.length());
                    }
                }
                return null;
            }
            return withId(JsonReader.parse(body), id);
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> withId(Object message, long id) {
            if (message instanceof Map && Long.valueOf(id).equals(((Map<String, Object>) message).get("id"))) {
                return (Map<String, Object>) message;
            }
            return null;
        }

        private static String abbreviate(String body) {
            return body.length() <= 200 ? body : body.substring(0, 200) + "...";
        }
    }
}
