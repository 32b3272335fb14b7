package dev.mcpkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The request being served, for a tool, resource or prompt method that declares a parameter of
 * this type. It reports progress, logs to the client, tells whether the client cancelled, and asks
 * the client for things: user input (elicitation), a model completion (sampling) or its roots.
 * Asking for something the client did not declare raises a {@link ToolException} that says so (for a client of
 * 2026-07-28, the error MCP names for it: {@code -32021} with the capability).
 * <p>
 * <b>The two protocol eras.</b> A client of MCP 2025-11-25 is asked while the code waits. A client of 2026-07-28 is
 * stateless: the request ends with an {@code input_required} result naming what is asked, and the client sends the
 * request again with the answers. The runtime then runs the code again from the start, and each ask returns its
 * answer at once. The code is the same for both; what it does before its asks runs once per round, so keep writes
 * after them.
 */
public interface RequestContext {

    /** The JSON-RPC id of the request (a String or a Long). */
    Object requestId();

    /** The client's name (from {@code initialize}, or the request's {@code _meta} on 2026-07-28), or null. */
    String clientName();

    /** The client's version, or null. */
    String clientVersion();

    /** The protocol version of the request: negotiated by {@code initialize}, or named in the request (2026-07-28). */
    String protocolVersion();

    /**
     * Who sent the request, when it came over HTTP with an access token (authorization on, see
     * {@link AccessTokenVerifier}); empty on stdio and on HTTP without authorization.
     */
    Optional<Caller> caller();

    /**
     * Reports progress if the client asked for it ({@code _meta.progressToken}); otherwise does
     * nothing. Values must increase from call to call; a value that does not is dropped.
     */
    void progress(double progress, Double total, String message);

    default void progress(double progress) {
        progress(progress, null, null);
    }

    /** Sends a log message to the client if its level is at or above the level the client set. */
    void log(LogLevel level, String message);

    default void debug(String message) {
        log(LogLevel.DEBUG, message);
    }

    default void info(String message) {
        log(LogLevel.INFO, message);
    }

    default void warning(String message) {
        log(LogLevel.WARNING, message);
    }

    default void error(String message) {
        log(LogLevel.ERROR, message);
    }

    /** True once the client cancelled this request; the response will not be sent. */
    boolean isCancelled();

    /** Throws {@link CancellationException} if the client cancelled this request. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("request " + requestId() + " was cancelled by the client");
        }
    }

    /** Whether the client declared a capability: {@code "elicitation"}, {@code "sampling"} or {@code "roots"}. */
    boolean clientSupports(String capability);

    /**
     * Asks the user for input through the client ({@code elicitation/create}, form mode) and waits
     * for the answer.
     *
     * @param requestedSchema a flat JSON Schema object of primitive properties, as Maps and Lists
     */
    ElicitResult elicit(String message, Map<String, Object> requestedSchema);

    /** Asks the client's language model for a message ({@code sampling/createMessage}) and waits. */
    SamplingResult sample(SamplingRequest request);

    /** Asks the client for its roots ({@code roots/list}) and waits. */
    List<Root> roots();

    /**
     * Asks the client for several things at once and returns every answer: one round trip for a client of
     * 2026-07-28, one request after the other for a client of 2025-11-25. Keys must differ within one request.
     */
    InputResponses ask(List<InputRequest> requests);

    default InputResponses ask(InputRequest... requests) {
        return ask(List.of(requests));
    }
}
