package dev.mcpkit.protocol;

import dev.mcpkit.InputRequest;
import dev.mcpkit.InputResponses;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The input a stateless request (MCP 2026-07-28) has from its client, over its rounds. The first time, the request
 * ends with an {@code input_required} result naming what its code asked for, and a {@code requestState} sealed by the
 * server ({@link Seal}) holding the answers given so far; the client sends the request again with the answers to the
 * last round in {@code inputResponses} and the state as it got it. The code runs again from the start and each ask
 * finds its answer here, until none is missing. A state that was changed, made up, or given for another request or
 * caller is refused, so the answers a request sees are the ones its client gave for it.
 */
final class InputRounds {

    /** The methods whose result may ask for input: the others never do. */
    static final Set<String> METHODS = Set.of("tools/call", "prompts/get", "resources/read");

    private final Exchange exchange;
    private final String target;
    private final Map<String, Object> given = new LinkedHashMap<>();   // answers by key: the state's, then this round's
    private final Map<String, Object> used = new LinkedHashMap<>();    // the answers this run asked for, kept for the next round
    private final Set<String> asked = new LinkedHashSet<>();

    private InputRounds(Exchange exchange, String target) {
        this.exchange = exchange;
        this.target = target;
    }

    /**
     * The rounds of {@code exchange}, a stateless request of one of {@link #METHODS}.
     *
     * @throws McpException -32602 when {@code requestState} is not one this deployment sealed for this request and
     *                      caller, or {@code inputResponses} is not an object
     */
    static InputRounds of(Exchange exchange) {
        Map<String, Object> params = exchange.params();
        Object name = params.get("resources/read".equals(exchange.method()) ? "uri" : "name");
        InputRounds rounds = new InputRounds(exchange, String.valueOf(name));
        Object state = params.get("requestState");
        if (state != null) {
            rounds.answersIn(state).forEach((key, answer) -> rounds.given.put(String.valueOf(key), answer));
        }
        Object responses = params.get("inputResponses");
        if (responses != null && !(responses instanceof Map)) {
            throw McpException.invalidParams("Invalid params: \"inputResponses\" must be an object of answers by key, not "
                    + Json.write(responses));
        }
        if (responses != null) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) responses).entrySet()) {
                rounds.given.put(String.valueOf(e.getKey()), e.getValue());
            }
        }
        return rounds;
    }

    private Map<?, ?> answersIn(Object state) {
        Map<String, Object> opened = state instanceof String
                ? exchange.session().options().seal().open(Seal.REQUEST_STATE, (String) state, Seal.MAX_STATE_LENGTH) : null;
        if (opened == null) {
            throw McpException.invalidParams("Invalid params: requestState integrity check failed: it is not one this server"
                    + " issued, or it was changed; send the request again without requestState and inputResponses");
        }
        if (!exchange.method().equals(opened.get("m")) || !target.equals(opened.get("t")) || !Objects.equals(subject(), opened.get("s"))) {
            throw McpException.invalidParams("Invalid params: requestState was issued for another request (" + opened.get("m") + " "
                    + opened.get("t") + "); send each request's own requestState back with it");
        }
        return opened.get("a") instanceof Map ? (Map<?, ?>) opened.get("a") : Map.of();
    }

    /**
     * The answers to {@code requests}, when the client has given every one; else the request ends here with
     * {@code input_required} naming those still missing ({@link InputRequired}).
     *
     * @throws McpException -32021 when a missing answer needs a capability the client did not declare; -32602 when an
     *                      answer given is not one for its request
     */
    InputResponses ask(List<InputRequest> requests) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> missing = new LinkedHashMap<>();
        Map<String, Object> undeclared = new LinkedHashMap<>();
        for (InputRequest request : requests) {
            if (!asked.add(request.key())) {
                throw new IllegalArgumentException("the key '" + request.key() + "' is asked twice in one request; give each ask its own");
            }
            Object answer = given.get(request.key());
            if (answer != null) {
                try {
                    answers.put(request.key(), InputWire.response(request, answer));
                } catch (IllegalArgumentException e) {
                    throw McpException.invalidParams("Invalid params: inputResponses: " + e.getMessage());
                }
                used.put(request.key(), answer);
            } else if (!exchange.session().clientSupports(request.kind().capability())) {
                undeclared.put(request.kind().capability(), Json.object());
            } else {
                missing.put(request.key(), Json.object("method", request.kind().method(),
                        "params", InputWire.params(request, exchange.session().protocolVersion())));
            }
        }
        if (!undeclared.isEmpty()) {
            throw new McpException(McpException.MISSING_REQUIRED_CLIENT_CAPABILITY, "Missing required client capability: this "
                    + exchange.method() + " asks the client for " + String.join(", ", undeclared.keySet())
                    + ", which the request's clientCapabilities do not declare", Json.object("requiredCapabilities", undeclared));
        }
        if (!missing.isEmpty()) {
            String state = exchange.session().options().seal().seal(Seal.REQUEST_STATE,
                    Json.object("m", exchange.method(), "t", target, "s", subject(), "a", used), Seal.MAX_STATE_LENGTH);
            if (state == null) {
                throw new McpException(McpException.INTERNAL_ERROR, "Internal error: the answers so far are too large to carry"
                        + " in requestState (over " + Seal.MAX_STATE_LENGTH + " characters)");
            }
            throw new InputRequired(Json.object("resultType", "input_required", "inputRequests", missing, "requestState", state));
        }
        return InputResponses.of(answers);
    }

    private String subject() {
        return exchange.caller() == null ? null : exchange.caller().subject();
    }
}
