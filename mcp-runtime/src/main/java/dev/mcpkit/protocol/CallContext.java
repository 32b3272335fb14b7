package dev.mcpkit.protocol;

import dev.mcpkit.Caller;
import dev.mcpkit.ElicitResult;
import dev.mcpkit.InputRequest;
import dev.mcpkit.InputResponses;
import dev.mcpkit.LogLevel;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Root;
import dev.mcpkit.SamplingRequest;
import dev.mcpkit.SamplingResult;
import dev.mcpkit.ToolException;
import dev.mcpkit.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link RequestContext} of one request. */
final class CallContext implements RequestContext {

    private final Exchange exchange;
    private final Object progressToken;
    private double lastProgress = Double.NEGATIVE_INFINITY;
    private InputRounds rounds;   // a stateless request's answers, read when it first asks
    private int asks;
    private String lastKey;

    CallContext(Exchange exchange) {
        this.exchange = exchange;
        Object meta = exchange.params().get("_meta");
        this.progressToken = meta instanceof Map ? ((Map<?, ?>) meta).get("progressToken") : null;
    }

    private Session session() {
        return exchange.session();
    }

    @Override
    public Object requestId() {
        return exchange.id();
    }

    @Override
    public String clientName() {
        return session().clientName();
    }

    @Override
    public String clientVersion() {
        return session().clientVersion();
    }

    @Override
    public String protocolVersion() {
        return session().protocolVersion();
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(exchange.caller());
    }

    @Override
    public synchronized void progress(double progress, Double total, String message) {
        if (progressToken == null || isCancelled()) {
            return;
        }
        if (!(progress > lastProgress)) {
            System.err.println("mcpkit: progress " + progress + " dropped: it must increase (last was " + lastProgress + ")");
            return;
        }
        lastProgress = progress;
        Map<String, Object> params = Json.object("progressToken", progressToken, "progress", progress, "total", total,
                "message", message);
        session().notify("notifications/progress", params, requestId());
    }

    @Override
    public void log(LogLevel level, String message) {
        LogLevel wanted = session().logLevel();
        if (wanted != null && level.ordinal() >= wanted.ordinal() && !isCancelled()) {
            session().notify("notifications/message", Json.object("level", level.wireName(),
                    "logger", session().model().identity().name(), "data", message), requestId());
        }
    }

    @Override
    public boolean isCancelled() {
        InFlight call = exchange.inFlight();
        return call != null && call.isCancelled();
    }

    @Override
    public boolean clientSupports(String capability) {
        return session().clientSupports(capability);
    }

    @Override
    public ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
        return askOne(InputRequest.elicitation(nextKey("elicitation"), message, requestedSchema)).elicitation(lastKey);
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        return askOne(InputRequest.sampling(nextKey("sampling"), request)).sampling(lastKey);
    }

    @Override
    public List<Root> roots() {
        return askOne(InputRequest.roots(nextKey("roots"))).roots(lastKey);
    }

    /** Keys for the single asks, in the order the code makes them: the same on every round of a stateless request. */
    private String nextKey(String kind) {
        lastKey = kind + "-" + (++asks);
        return lastKey;
    }

    private InputResponses askOne(InputRequest request) {
        return ask(List.of(request));
    }

    @Override
    public InputResponses ask(List<InputRequest> requests) {
        if (session().isStateless()) {
            if (rounds == null) {
                if (!InputRounds.METHODS.contains(exchange.method())) {
                    throw new ToolException("A " + exchange.method() + " request cannot ask its client for input; only tools/call,"
                            + " prompts/get and resources/read can");
                }
                rounds = InputRounds.of(exchange);
            }
            return rounds.ask(requests);
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (InputRequest request : requests) {
            if (answers.containsKey(request.key())) {
                throw new IllegalArgumentException("the key '" + request.key() + "' is asked twice in one request; give each ask its own");
            }
            String capability = request.kind().capability();
            if (!session().clientSupports(capability)) {
                throw new ToolException("This needs the client to support " + capability + " (" + request.kind().method()
                        + "), and " + describeClient() + " did not declare it.");
            }
            Map<String, Object> result = session().outbound().call(request.kind().method(),
                    request.kind() == InputRequest.Kind.ROOTS ? null : InputWire.params(request, protocolVersion()),
                    session().options().clientRequestTimeoutMillis(), requestId());
            try {
                answers.put(request.key(), InputWire.response(request, result));
            } catch (IllegalArgumentException e) {
                throw new ToolException("The client's answer was not understood: " + e.getMessage());
            }
        }
        return InputResponses.of(answers);
    }

    private String describeClient() {
        String name = clientName();
        return name == null ? "the client" : "the client '" + name + "'";
    }
}
