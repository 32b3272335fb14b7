package dev.mcpkit.maven.core.dev;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request of a client that {@link DevProxy} passes to a server process, and its answer passed back as it comes:
 * a body in one piece, a server-sent-events stream event by event. Event ids are prefixed with the run that gave them
 * ({@code g2-7}), so a client resuming a stream after a reload is not taken for one of the new process's streams. When
 * a reload retires the process first ({@link #reloaded}), the client hears of it: a request not answered yet gets the
 * -32603 error that says to send it again (as JSON, or as an event when its answer had become a stream), and the
 * session's GET stream gets the {@code list_changed} notifications and ends, so the client opens it again.
 */
final class ProxiedExchange {

    /** Headers of one connection, not of the message (RFC 9110 §7.6.1), and those the JDK's client and server set themselves. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "upgrade", "host", "content-length", "expect", "http2-settings", "date");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private enum State { WAITING, STREAMING, PASSING, DONE }

    private final HttpExchange exchange;
    private final JsonNode requestId;
    private final boolean listening;
    private State state = State.WAITING;   // guarded by this
    private boolean answered;   // guarded by this: the answer to requestId has gone to the client
    private boolean closed;   // guarded by this
    private OutputStream out;   // guarded by this

    /**
     * @param requestId the id of the JSON-RPC request POSTed, else null
     * @param listening a GET: the session's stream of the server's own messages
     */
    ProxiedExchange(HttpExchange exchange, JsonNode requestId, boolean listening) {
        this.exchange = exchange;
        this.requestId = requestId;
        this.listening = listening;
    }

    /** Sends the request to {@code to} and passes the answer back; returns once the answer has been passed or given up. */
    void forward(HttpClient http, HttpGeneration to, byte[] body) throws IOException {
        HttpRequest request;
        try {
            request = request(to, body);
        } catch (IllegalArgumentException e) {
            refuse(400, -32600, "mcp:dev cannot pass this request on: " + e.getMessage());
            return;
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            notRunning();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try (InputStream from = response.body()) {
            boolean events = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            if (!begin(response, events)) {
                return;
            }
            if (events) {
                passEvents(from, to.number());
            } else {
                from.transferTo(out);
            }
        }
    }

    private HttpRequest request(HttpGeneration to, byte[] body) {
        URI client = exchange.getRequestURI();
        URI target = URI.create(to.endpoint().resolve("/") + client.getRawPath().substring(1)
                + (client.getRawQuery() == null ? "" : "?" + client.getRawQuery()));
        String method = exchange.getRequestMethod();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).method(method,
                body.length == 0 && !"POST".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        String run = "g" + to.number() + "-";
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("last-event-id")) {
                // an id of this run, without its prefix; an older run's means nothing to this process
                values.stream().filter(v -> v.startsWith(run)).findFirst()
                        .ifPresent(v -> request.header(name, v.substring(run.length())));
            } else if (!HOP_BY_HOP.contains(lower)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    /** The answer has begun: its status and headers go to the client, unless a reload answered it already. */
    private synchronized boolean begin(HttpResponse<InputStream> response, boolean events) throws IOException {
        if (state != State.WAITING) {
            return false;
        }
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        int status = response.statusCode();
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        exchange.sendResponseHeaders(status, events || length < 0 ? 0 : length == 0 || status == 204 || status == 304 ? -1 : length);
        out = exchange.getResponseBody();
        state = events ? State.STREAMING : State.PASSING;
        return true;
    }

    /** Passes each event as it ends; events with data are read to learn whether the answer to the request has passed. */
    private void passEvents(InputStream from, int run) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8));
        StringBuilder event = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.isEmpty()) {
                if (event.length() > 0 && !pass(event.append('\n').toString(), answers(data))) {
                    return;
                }
                event.setLength(0);
                data.setLength(0);
                continue;
            }
            if (line.startsWith("id:")) {
                line = "id: g" + run + "-" + line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() > 0 ? "\n" : "").append(line.substring(line.startsWith("data: ") ? 6 : 5));
            }
            event.append(line).append('\n');
        }
    }

    private synchronized boolean pass(String event, boolean answers) {
        if (state != State.STREAMING) {
            return false;
        }
        try {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            state = State.DONE;   // the client has gone
            return false;
        }
        answered |= answers;
        return true;
    }

    private boolean answers(CharSequence data) {
        if (requestId == null || data.length() == 0) {
            return false;
        }
        try {
            JsonNode message = JSON.readTree(data.toString());
            return message != null && !message.has("method") && requestId.equals(message.get("id"));
        } catch (JacksonException e) {
            return false;
        }
    }

    /**
     * The process serving this exchange was replaced: an unanswered request gets the error that says to send it again,
     * a GET stream gets {@code notifications} and ends. A body already under way is left to finish.
     */
    synchronized void reloaded(List<String> notifications) {
        if (closed || state == State.PASSING) {
            return;
        }
        try {
            if (state == State.WAITING && !listening) {
                respond(requestId != null ? 200 : 503, DevSupervisor.error(requestId, DevSupervisor.RELOADED));
            } else {
                if (state == State.WAITING) {
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                    exchange.sendResponseHeaders(200, 0);
                    out = exchange.getResponseBody();
                }
                StringBuilder events = new StringBuilder();
                if (listening) {
                    notifications.forEach(n -> events.append("data: ").append(n).append("\n\n"));
                } else if (requestId != null && !answered) {
                    events.append("data: ").append(DevSupervisor.error(requestId, DevSupervisor.RELOADED)).append("\n\n");
                }
                out.write(events.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client has gone
        }
        state = State.DONE;
        close();
    }

    /** The server could not be reached: the request is answered with the words of the stdio supervisor. */
    private synchronized void notRunning() throws IOException {
        if (state == State.WAITING) {
            respond(requestId != null ? 200 : 502, DevSupervisor.error(requestId, DevSupervisor.NOT_RUNNING));
        }
    }

    /** A refusal of the proxy's own: the HTTP status and a JSON-RPC error, as the server words its refusals. */
    synchronized void refuse(int status, int code, String message) throws IOException {
        if (state == State.WAITING) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (requestId == null ? "null" : requestId.toString())
                    + ",\"error\":{\"code\":" + code + ",\"message\":" + JSON.writeValueAsString(message) + "}}";
            respond(status, body);
        }
    }

    private void respond(int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
        state = State.DONE;
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            state = State.DONE;
            exchange.close();
        }
    }
}
