package dev.mcpkit.protocol;

import dev.mcpkit.Caller;
import dev.mcpkit.McpException;
import java.util.Map;

/**
 * One request being handled: its id, method and params, and the session it arrived on.
 * The single argument every {@link MethodHandler} takes.
 */
public final class Exchange {

    private final Session session;
    private final Object id;
    private final String method;
    private final Map<String, Object> params;
    private final InFlight inFlight;
    private final Caller caller;

    Exchange(Session session, Object id, String method, Map<String, Object> params, InFlight inFlight, Caller caller) {
        this.session = session;
        this.id = id;
        this.method = method;
        this.params = params;
        this.inFlight = inFlight;
        this.caller = caller;
    }

    public Session session() {
        return session;
    }

    public Object id() {
        return id;
    }

    public String method() {
        return method;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** Who sent the request (HTTP with authorization on), or null. */
    public Caller caller() {
        return caller;
    }

    /** The call's cancellation state; null for requests handled inline. */
    InFlight inFlight() {
        return inFlight;
    }

    /** A required string parameter, or -32602 naming it. */
    public String requireString(String name) {
        Object v = params.get(name);
        if (!(v instanceof String)) {
            throw McpException.invalidParams(v == null ? "missing parameter '" + name + "'"
                    : "parameter '" + name + "' must be a string");
        }
        return (String) v;
    }

    /** An optional object parameter (empty when absent), or -32602 if it is not an object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> optionalObject(String name) {
        Object v = params.get(name);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw McpException.invalidParams("parameter '" + name + "' must be an object");
        }
        return (Map<String, Object>) v;
    }
}
