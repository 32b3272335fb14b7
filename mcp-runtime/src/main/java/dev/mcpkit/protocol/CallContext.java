package dev.mcpkit.protocol;

import dev.mcpkit.Caller;
import dev.mcpkit.ElicitResult;
import dev.mcpkit.LogLevel;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Root;
import dev.mcpkit.SamplingRequest;
import dev.mcpkit.SamplingResult;
import dev.mcpkit.ToolException;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The {@link RequestContext} of one request. */
final class CallContext implements RequestContext {

    private final Exchange exchange;
    private final Object progressToken;
    private double lastProgress = Double.NEGATIVE_INFINITY;

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
        if (level.ordinal() >= session().logLevel().ordinal() && !isCancelled()) {
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

    private Map<String, Object> ask(String capability, String method, Map<String, Object> params) {
        if (!session().clientSupports(capability)) {
            throw new ToolException("This needs the client to support " + capability + " (" + method
                    + "), and " + describeClient() + " did not declare it.");
        }
        return session().outbound().call(method, params, session().options().clientRequestTimeoutMillis(), requestId());
    }

    private String describeClient() {
        String name = clientName();
        return name == null ? "the client" : "the client '" + name + "'";
    }

    @Override
    public ElicitResult elicit(String message, Map<String, Object> requestedSchema) {
        Map<String, Object> result = ask("elicitation", "elicitation/create",
                Json.object("mode", formModeKeyword(), "message", message, "requestedSchema", requestedSchema));
        Object action = result.get("action");
        ElicitResult.Action a;
        try {
            a = ElicitResult.Action.valueOf(String.valueOf(action).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ToolException("the client answered elicitation with an unknown action: " + action);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> content = result.get("content") instanceof Map ? (Map<String, Object>) result.get("content") : null;
        return new ElicitResult(a, content);
    }

    /** "form" only where the negotiated version knows elicitation modes (2025-11-25 and later). */
    private String formModeKeyword() {
        return ProtocolVersions.LATEST.equals(protocolVersion()) ? "form" : null;
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        List<Object> messages = new ArrayList<>();
        for (PromptMessage m : request.messages()) {
            messages.add(WireFormat.promptMessage(m));
        }
        Map<String, Object> result = ask("sampling", "sampling/createMessage", Json.object("messages", messages,
                "systemPrompt", request.systemPrompt(), "maxTokens", (long) request.maxTokens()));
        Object content = result.get("content");
        if (content instanceof List && !((List<?>) content).isEmpty()) {
            content = ((List<?>) content).get(0);
        }
        return new SamplingResult(WireFormat.parseRole(result.get("role")), WireFormat.parseContent(content),
                result.get("model") == null ? null : result.get("model").toString(),
                result.get("stopReason") == null ? null : result.get("stopReason").toString());
    }

    @Override
    public List<Root> roots() {
        Map<String, Object> result = ask("roots", "roots/list", null);
        List<Root> roots = new ArrayList<>();
        Object list = result.get("roots");
        if (list instanceof List) {
            for (Object o : (List<?>) list) {
                if (o instanceof Map && ((Map<?, ?>) o).get("uri") instanceof String) {
                    Map<?, ?> m = (Map<?, ?>) o;
                    roots.add(new Root((String) m.get("uri"), m.get("name") == null ? null : m.get("name").toString()));
                }
            }
        }
        return roots;
    }
}
