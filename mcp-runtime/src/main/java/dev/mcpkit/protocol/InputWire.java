package dev.mcpkit.protocol;

import dev.mcpkit.ElicitResult;
import dev.mcpkit.InputRequest;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.Root;
import dev.mcpkit.SamplingRequest;
import dev.mcpkit.SamplingResult;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.WireFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an {@link InputRequest} is on the wire, and what the client's answer to it means: the same for a request the
 * server sends (2025-11-25) and for one named in an {@code input_required} result (2026-07-28).
 */
final class InputWire {

    private InputWire() {
    }

    /** The request's params; {@code protocolVersion} decides whether elicitation names its mode. */
    static Map<String, Object> params(InputRequest request, String protocolVersion) {
        switch (request.kind()) {
            case ELICITATION:
                boolean modes = protocolVersion.compareTo(ProtocolVersions.LATEST) >= 0;   // elicitation modes came in 2025-11-25
                return Json.object("mode", modes ? "form" : null, "message", request.message(),
                        "requestedSchema", request.requestedSchema());
            case SAMPLING:
                SamplingRequest sampling = request.samplingRequest();
                List<Object> messages = new ArrayList<>();
                for (PromptMessage m : sampling.messages()) {
                    messages.add(WireFormat.promptMessage(m));
                }
                return Json.object("messages", messages, "systemPrompt", sampling.systemPrompt(), "maxTokens", (long) sampling.maxTokens());
            default:
                return Json.object();
        }
    }

    /**
     * The client's answer as the API gives it: an {@link ElicitResult}, a {@link SamplingResult} or a list of
     * {@link Root}s.
     *
     * @throws IllegalArgumentException naming what is wrong, when the answer is not one for this kind of request
     */
    static Object response(InputRequest request, Object answer) {
        if (!(answer instanceof Map)) {
            throw new IllegalArgumentException("the answer to " + request + " must be an object, not " + Json.write(answer));
        }
        Map<?, ?> result = (Map<?, ?>) answer;
        switch (request.kind()) {
            case ELICITATION:
                return elicitResult(request, result);
            case SAMPLING:
                return samplingResult(request, result);
            default:
                return roots(request, result);
        }
    }

    private static ElicitResult elicitResult(InputRequest request, Map<?, ?> result) {
        Object action = result.get("action");
        ElicitResult.Action a;
        try {
            a = ElicitResult.Action.valueOf(String.valueOf(action).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the answer to " + request + " has an unknown action: " + Json.write(action)
                    + " (accept, decline or cancel)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> content = result.get("content") instanceof Map ? (Map<String, Object>) result.get("content") : null;
        return new ElicitResult(a, content);
    }

    private static SamplingResult samplingResult(InputRequest request, Map<?, ?> result) {
        Object content = result.get("content");
        if (content instanceof List && !((List<?>) content).isEmpty()) {
            content = ((List<?>) content).get(0);
        }
        if (!(content instanceof Map)) {
            throw new IllegalArgumentException("the answer to " + request + " has no content");
        }
        return new SamplingResult(WireFormat.parseRole(result.get("role")), WireFormat.parseContent(content),
                result.get("model") == null ? null : result.get("model").toString(),
                result.get("stopReason") == null ? null : result.get("stopReason").toString());
    }

    private static List<Root> roots(InputRequest request, Map<?, ?> result) {
        Object list = result.get("roots");
        if (!(list instanceof List)) {
            throw new IllegalArgumentException("the answer to " + request + " has no \"roots\" list");
        }
        List<Root> roots = new ArrayList<>();
        for (Object o : (List<?>) list) {
            if (o instanceof Map && ((Map<?, ?>) o).get("uri") instanceof String) {
                Map<?, ?> m = (Map<?, ?>) o;
                roots.add(new Root((String) m.get("uri"), m.get("name") == null ? null : m.get("name").toString()));
            }
        }
        return List.copyOf(roots);
    }
}
