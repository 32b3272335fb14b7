package dev.mcpkit;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing a tool, prompt or resource asks the client for while it serves a request: the user's input
 * (elicitation), a message from the client's model (sampling), or the client's roots. Give several to
 * {@link RequestContext#ask} and a client of MCP 2026-07-28 gets them all in one round trip; a client of 2025-11-25
 * is asked one after the other. The key names the answer in {@link InputResponses}.
 */
public final class InputRequest {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** What is asked, and the client capability that answers it. */
    public enum Kind {
        ELICITATION("elicitation", "elicitation/create"),
        SAMPLING("sampling", "sampling/createMessage"),
        ROOTS("roots", "roots/list");

        private final String capability;
        private final String method;

        Kind(String capability, String method) {
            this.capability = capability;
            this.method = method;
        }

        /** The client capability that must be declared: {@code elicitation}, {@code sampling} or {@code roots}. */
        public String capability() {
            return capability;
        }

        /** The MCP method that asks it. */
        public String method() {
            return method;
        }
    }

    private final String key;
    private final Kind kind;
    private final String message;
    private final Map<String, Object> requestedSchema;
    private final SamplingRequest sampling;

    private InputRequest(String key, Kind kind, String message, Map<String, Object> requestedSchema, SamplingRequest sampling) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("an input request's key is 1 to 64 letters, digits, '_', '.' or '-': " + key);
        }
        this.key = key;
        this.kind = kind;
        this.message = message;
        this.requestedSchema = requestedSchema;
        this.sampling = sampling;
    }

    /**
     * Asks the user for input through the client ({@code elicitation/create}, form mode).
     *
     * @param requestedSchema a flat JSON Schema object of primitive properties, as Maps and Lists
     */
    public static InputRequest elicitation(String key, String message, Map<String, Object> requestedSchema) {
        return new InputRequest(key, Kind.ELICITATION, Objects.requireNonNull(message, "message"),
                Objects.requireNonNull(requestedSchema, "requestedSchema"), null);
    }

    /** Asks the client's language model for a message ({@code sampling/createMessage}). */
    public static InputRequest sampling(String key, SamplingRequest request) {
        return new InputRequest(key, Kind.SAMPLING, null, null, Objects.requireNonNull(request, "request"));
    }

    /** Asks the client for its roots ({@code roots/list}). */
    public static InputRequest roots(String key) {
        return new InputRequest(key, Kind.ROOTS, null, null, null);
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The elicitation's message; null for the other kinds. */
    public String message() {
        return message;
    }

    /** The elicitation's schema; null for the other kinds. */
    public Map<String, Object> requestedSchema() {
        return requestedSchema;
    }

    /** The sampling request; null for the other kinds. */
    public SamplingRequest samplingRequest() {
        return sampling;
    }

    @Override
    public String toString() {
        return kind.method() + " '" + key + "'";
    }
}
