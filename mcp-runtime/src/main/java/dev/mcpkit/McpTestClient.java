package dev.mcpkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An MCP client that talks to a server in the same JVM, for unit tests of your own server. Every
 * message goes through the same JSON encoding and dispatcher as on stdio, so what passes here
 * behaves the same for a real client.
 *
 * <pre>{@code
 * try (McpTestClient client = McpTestClient.connect(new WeatherServer())) {
 *     McpTestClient.ToolCall call = client.callTool("forecast", Map.of("city", "Oslo"));
 *     assertFalse(call.isError());
 *     assertTrue(call.text().contains("Oslo"));
 * }
 * }</pre>
 * <p>
 * By default the client opens a session with {@code initialize} (MCP 2025-11-25). With {@link Builder#stateless()} it
 * speaks MCP 2026-07-28 instead: no handshake, its capabilities in every request's {@code _meta}, and a request whose
 * result is {@code input_required} sent again with the answers the builder's functions give, until it completes. A
 * test can so show that a tool works for clients of both eras.
 */
public final class McpTestClient implements AutoCloseable {

    /** The stateless protocol version, which {@link Builder#stateless()} speaks. */
    public static final String STATELESS_VERSION = "2026-07-28";
    private static final int MAX_ROUNDS = 16;

    private final McpEngine engine = McpServer.engine();
    private final McpEngine.Connection connection;
    private final Builder options;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Object, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> notifications = new CopyOnWriteArrayList<>();
    private Map<String, Object> initializeResult;
    private volatile LogLevel statelessLogLevel;

    private final Inbox inbox = new Inbox();

    private McpTestClient(McpServer server, Builder options) {
        this.options = options;
        this.connection = server.attachedEngine().connect(inbox, options.serverArgs);
    }

    /** Connects and initializes with a client that declares no capabilities. */
    public static McpTestClient connect(McpServer server) {
        return builder(server).connect();
    }

    /** A client with capabilities and answers of your choice. */
    public static Builder builder(McpServer server) {
        return new Builder(server);
    }

    private McpTestClient initialize() {
        if (options.isStateless()) {
            return this;
        }
        initializeResult = request("initialize", object("protocolVersion", options.protocolVersion != null ? options.protocolVersion
                : engine.latestProtocolVersion(), "capabilities", capabilities(), "clientInfo", clientInfo()));
        notify("notifications/initialized", null);
        return this;
    }

    private Map<String, Object> capabilities() {
        Map<String, Object> caps = object();
        if (options.elicitation != null) {
            caps.put("elicitation", object());
        }
        if (options.sampling != null) {
            caps.put("sampling", object());
        }
        if (options.roots != null) {
            caps.put("roots", object("listChanged", Boolean.TRUE));
        }
        return caps;
    }

    private static Map<String, Object> clientInfo() {
        return object("name", "mcpkit-test-client", "version", "1");
    }

    /** The server's answer to {@code initialize}; null for a {@link Builder#stateless()} client (see {@link #discover()}). */
    public Map<String, Object> initializeResult() {
        return initializeResult;
    }

    /** The server's answer to {@code server/discover} (MCP 2026-07-28): versions served, capabilities, instructions. */
    public Map<String, Object> discover() {
        return request("server/discover", object());
    }

    /**
     * Sends any request and waits for its result. A {@link Builder#stateless()} client puts its {@code _meta} in, and
     * answers an {@code input_required} result by sending the request again, until the result is complete.
     *
     * @throws McpException when the server answers with a JSON-RPC error
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> request(String method, Map<String, Object> params) {
        if (!options.isStateless()) {
            return exchange(method, params);
        }
        Map<String, Object> sent = params == null ? object() : new LinkedHashMap<>(params);
        Map<String, Object> meta = sent.get("_meta") instanceof Map ? new LinkedHashMap<>((Map<String, Object>) sent.get("_meta")) : object();
        meta.put("io.modelcontextprotocol/protocolVersion", options.protocolVersion != null ? options.protocolVersion : STATELESS_VERSION);
        meta.put("io.modelcontextprotocol/clientCapabilities", capabilities());
        meta.put("io.modelcontextprotocol/clientInfo", clientInfo());
        LogLevel level = statelessLogLevel;
        if (level != null) {
            meta.put("io.modelcontextprotocol/logLevel", level.wireName());
        }
        sent.put("_meta", meta);
        for (int round = 1; ; round++) {
            Map<String, Object> result = exchange(method, sent);
            if (!"input_required".equals(result.get("resultType"))) {
                return result;
            }
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException(method + " still asks for input after " + MAX_ROUNDS + " rounds: " + result);
            }
            Map<String, Object> responses = object();
            ((Map<String, Object>) result.getOrDefault("inputRequests", Map.of())).forEach((key, request) -> {
                Map<String, Object> r = (Map<String, Object>) request;
                Map<String, Object> answer = inbox.answerFor((String) r.get("method"),
                        r.get("params") instanceof Map ? (Map<String, Object>) r.get("params") : Map.of());
                if (answer == null) {
                    throw new IllegalStateException(method + " asks for " + r.get("method") + ", which this client does not answer");
                }
                responses.put(key, answer);
            });
            sent.put("inputResponses", responses);
            sent.put("requestState", result.get("requestState"));
        }
    }

    private Map<String, Object> exchange(String method, Map<String, Object> params) {
        long id = nextId.getAndIncrement();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        send(object("jsonrpc", "2.0", "id", id, "method", method, "params", params));
        try {
            return f.get(options.timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + method);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer to " + method + " within " + options.timeoutMillis + " ms");
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } finally {
            pending.remove(id);
        }
    }

    /** Sends a notification (no answer). */
    public void notify(String method, Map<String, Object> params) {
        send(object("jsonrpc", "2.0", "method", method, "params", params));
    }

    /** Through the same JSON text and dispatcher as a line from stdin. */
    private void send(Map<String, Object> message) {
        connection.send(engine.writeJson(message));
    }

    /** A JSON object from alternating keys and values; {@code null} values are left out. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    /** Every notification the server has sent so far, in order. */
    public List<Map<String, Object>> notifications() {
        return Collections.unmodifiableList(new ArrayList<>(notifications));
    }

    /** The params of notifications with the given method. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> notifications(String method) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> n : notifications) {
            if (method.equals(n.get("method"))) {
                Object p = n.get("params");
                out.add(p instanceof Map ? (Map<String, Object>) p : Map.of());
            }
        }
        return out;
    }

    public List<Map<String, Object>> listTools() {
        return list("tools/list", "tools");
    }

    public List<Map<String, Object>> listResources() {
        return list("resources/list", "resources");
    }

    public List<Map<String, Object>> listResourceTemplates() {
        return list("resources/templates/list", "resourceTemplates");
    }

    public List<Map<String, Object>> listPrompts() {
        return list("prompts/list", "prompts");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String method, String key) {
        List<Map<String, Object>> all = new ArrayList<>();
        Object cursor = null;
        do {
            Map<String, Object> r = request(method, cursor == null ? object() : object("cursor", cursor));
            for (Object o : (List<Object>) r.get(key)) {
                all.add((Map<String, Object>) o);
            }
            cursor = r.get("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** Calls a tool. Invalid arguments and tool failures come back as a result with {@link ToolCall#isError()}. */
    public ToolCall callTool(String name, Map<String, ?> arguments) {
        return new ToolCall(request("tools/call", object("name", name, "arguments",
                arguments == null ? object() : new LinkedHashMap<String, Object>(arguments))), engine);
    }

    public Map<String, Object> readResource(String uri) {
        return request("resources/read", object("uri", uri));
    }

    public Map<String, Object> getPrompt(String name, Map<String, String> arguments) {
        return request("prompts/get", object("name", name, "arguments", new LinkedHashMap<String, Object>(arguments)));
    }

    /** Completion values for a prompt argument. */
    public List<String> completePromptArgument(String prompt, String argument, String prefix) {
        return completion(object("type", "ref/prompt", "name", prompt), argument, prefix);
    }

    /** Completion values for a resource template variable. */
    public List<String> completeTemplateVariable(String uriTemplate, String variable, String prefix) {
        return completion(object("type", "ref/resource", "uri", uriTemplate), variable, prefix);
    }

    @SuppressWarnings("unchecked")
    private List<String> completion(Map<String, Object> ref, String argument, String prefix) {
        Map<String, Object> r = request("completion/complete", object("ref", ref,
                "argument", object("name", argument, "value", prefix)));
        List<String> values = new ArrayList<>();
        for (Object v : (List<Object>) ((Map<String, Object>) r.get("completion")).get("values")) {
            values.add((String) v);
        }
        return values;
    }

    /** The lowest level of log message the server sends: {@code logging/setLevel}, or each stateless request's {@code _meta}. */
    public void setLogLevel(LogLevel level) {
        if (options.isStateless()) {
            statelessLogLevel = level;
        } else {
            request("logging/setLevel", object("level", level.wireName()));
        }
    }

    /** Closes the connection the way stdin EOF does: requests in flight finish first. */
    @Override
    public void close() {
        connection.close();
    }

    /** The result of {@link #callTool}. */
    public static final class ToolCall {
        private final Map<String, Object> raw;
        private final McpEngine engine;

        ToolCall(Map<String, Object> raw, McpEngine engine) {
            this.raw = raw;
            this.engine = engine;
        }

        public boolean isError() {
            return Boolean.TRUE.equals(raw.get("isError"));
        }

        /** The text of all text blocks, joined by newlines. */
        @SuppressWarnings("unchecked")
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Object c : content()) {
                Map<String, Object> m = (Map<String, Object>) c;
                if ("text".equals(m.get("type"))) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(m.get("text"));
                }
            }
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        public List<Object> content() {
            Object c = raw.get("content");
            return c instanceof List ? (List<Object>) c : List.of();
        }

        /** The structured content (a Map), or null. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> structuredContent() {
            return (Map<String, Object>) raw.get("structuredContent");
        }

        /** The whole result as received. */
        public Map<String, Object> raw() {
            return raw;
        }

        @Override
        public String toString() {
            return engine.writeJson(raw);
        }
    }

    /** Chooses what the test client declares and how it answers the server's requests. */
    public static final class Builder {
        private final McpServer server;
        private Function<Map<String, Object>, Map<String, Object>> elicitation;
        private Function<Map<String, Object>, Map<String, Object>> sampling;
        private List<Root> roots;
        private String protocolVersion;   // null: the newest the runtime speaks
        private long timeoutMillis = 30_000;
        private String[] serverArgs = new String[0];

        private Builder(McpServer server) {
            this.server = Objects.requireNonNull(server, "server");
        }

        /** Declares elicitation; the function gets the request params and returns the result ({@code action}, {@code content}). */
        public Builder elicitation(Function<Map<String, Object>, Map<String, Object>> answer) {
            this.elicitation = answer;
            return this;
        }

        /** Declares sampling; the function gets the request params and returns the result ({@code role}, {@code content}, {@code model}). */
        public Builder sampling(Function<Map<String, Object>, Map<String, Object>> answer) {
            this.sampling = answer;
            return this;
        }

        /** Declares roots and answers {@code roots/list} with these. */
        public Builder roots(List<Root> roots) {
            this.roots = List.copyOf(roots);
            return this;
        }

        /** The protocol version to ask for; {@value McpTestClient#STATELESS_VERSION} makes the client {@link #stateless()}. */
        public Builder protocolVersion(String version) {
            this.protocolVersion = version;
            return this;
        }

        /** Speaks MCP 2026-07-28: no session; every request says who the client is; input is given by sending a request again. */
        public Builder stateless() {
            this.protocolVersion = STATELESS_VERSION;
            return this;
        }

        boolean isStateless() {
            return STATELESS_VERSION.equals(protocolVersion);
        }

        /** How long to wait for each answer (default 30 s). */
        public Builder timeoutMillis(long millis) {
            this.timeoutMillis = millis;
            return this;
        }

        /**
         * Connects as a client of the server started with these flags: {@code --toolsets A,B}, {@code --read-only},
         * {@code --dynamic-toolsets}. A test then sees exactly the tools a user who runs the server that way sees.
         */
        public Builder serverArgs(String... args) {
            this.serverArgs = args.clone();
            return this;
        }

        public McpTestClient connect() {
            return new McpTestClient(server, this).initialize();
        }
    }

    /** Receives what the server sends: answers, notifications and its own requests. */
    private final class Inbox implements Consumer<String> {
        @Override
        @SuppressWarnings("unchecked")
        public void accept(String message) {
            Map<String, Object> msg = (Map<String, Object>) engine.readJson(message);
            Object method = msg.get("method");
            if (method == null) {
                CompletableFuture<Map<String, Object>> f = pending.get(msg.get("id"));
                if (f == null) {
                    return;
                }
                Object error = msg.get("error");
                if (error instanceof Map) {
                    Map<String, Object> e = (Map<String, Object>) error;
                    f.completeExceptionally(new McpException(((Number) e.get("code")).intValue(), (String) e.get("message"), e.get("data")));
                } else {
                    f.complete((Map<String, Object>) msg.get("result"));
                }
            } else if (msg.containsKey("id")) {
                answer(msg.get("id"), (String) method, msg.get("params") instanceof Map ? (Map<String, Object>) msg.get("params") : Map.of());
            } else {
                notifications.add(msg);
            }
        }

        private void answer(Object id, String method, Map<String, Object> params) {
            Map<String, Object> result = "ping".equals(method) ? object() : answerFor(method, params);
            if (result == null) {
                send(object("jsonrpc", "2.0", "id", id, "error",
                        object("code", McpException.METHOD_NOT_FOUND, "message", "Method not found: " + method)));
                return;
            }
            send(object("jsonrpc", "2.0", "id", id, "result", result));
        }

        /** The answer to the server's request (as a request of its own, or named in an input_required result); null when none. */
        Map<String, Object> answerFor(String method, Map<String, Object> params) {
            if ("elicitation/create".equals(method) && options.elicitation != null) {
                return options.elicitation.apply(params);
            } else if ("sampling/createMessage".equals(method) && options.sampling != null) {
                return options.sampling.apply(params);
            } else if ("roots/list".equals(method) && options.roots != null) {
                List<Object> list = new ArrayList<>();
                for (Root r : options.roots) {
                    list.add(object("uri", r.uri(), "name", r.name()));
                }
                return object("roots", list);
            }
            return null;
        }
    }
}
