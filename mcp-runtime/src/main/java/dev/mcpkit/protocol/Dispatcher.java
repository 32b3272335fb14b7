package dev.mcpkit.protocol;

import dev.mcpkit.Caller;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import dev.mcpkit.json.JsonException;
import dev.mcpkit.json.JsonLimitException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads JSON-RPC messages of one session and routes them: responses to waiting server requests,
 * notifications to their effects, requests to one {@link MethodHandler} each. Quick requests are
 * answered on the calling thread; requests that run user code go to worker threads so a slow
 * tool never blocks {@code ping} or other calls. At most {@link #MAX_IN_FLIGHT} run at once; the
 * reader then waits, so a flood slows down instead of dropping anything.
 */
public final class Dispatcher {

    static final int MAX_IN_FLIGHT = 1024;

    private final Session session;
    private final Map<String, MethodHandler> handlers;
    private final Map<Object, InFlight> inFlight = new HashMap<>();   // guarded by itself
    private int unanswered;   // guarded by inFlight: calls started whose answer is not written yet (drain waits for them)
    private final Semaphore permits = new Semaphore(MAX_IN_FLIGHT);
    private final CallExecutor executor;

    public Dispatcher(Session session, CallExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.handlers = Handlers.BY_METHOD;
    }

    public Session session() {
        return session;
    }

    /**
     * Handles one message as read from the transport. Whatever goes wrong with it ends in an
     * error answer for it (with its id where one can be read) and a line on stderr; only a
     * {@link StopServing} comes out.
     */
    public void onMessage(String text) {
        Map<String, Object> msg;
        try {
            msg = parse(text);
        } catch (StopServing e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            failed(JsonRpc.requestIdIn(text), true, e);
            return;
        }
        if (msg != null) {
            handle(msg, null, false);
        }
    }

    /** The message as a JSON object, or null when it is not one (and has been answered). */
    private Map<String, Object> parse(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonLimitException e) {
            reject(JsonRpc.requestIdIn(text), null, McpException.INVALID_PARAMS, "Invalid params: " + e.getMessage());
            return null;
        } catch (JsonException e) {
            reject(JsonRpc.requestIdIn(text), null, McpException.PARSE_ERROR, "Parse error: " + e.getMessage());
            return null;
        }
        if (!(parsed instanceof Map)) {
            reject(null, null, McpException.INVALID_REQUEST, parsed instanceof List
                    ? "Invalid Request: JSON-RPC batches are not supported; send one message per line"
                    : "Invalid Request: a message must be a JSON object");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> msg = (Map<String, Object>) parsed;
        return msg;
    }

    /**
     * Answers a message the transport could not turn into text: too large (only its start was
     * kept) or not UTF-8 (decoded with replacement characters). The id is read from what is there.
     */
    public void onUnreadable(CharSequence partialText, int code, String message) {
        try {
            reject(JsonRpc.requestIdIn(partialText), null, code, message);
        } catch (StopServing e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            failed(null, true, e);
        }
    }

    /** Something unexpected broke while handling a message: log it, answer it where it was a request. */
    private void failed(Object id, boolean answer, Throwable e) {
        Object validId = JsonRpc.isValidId(id) ? id : null;
        CharSequence error = internalError(validId, "handling a message", e);
        if (answer) {
            session.respond(error, validId);
        }
    }

    /** Logs an unexpected failure (see {@link ErrorLog}) and builds the -32603 answer that names only its class and id. */
    private CharSequence internalError(Object id, String what, Throwable e) {
        String errorId = ErrorLog.record(session, what, e);
        return JsonRpc.error(id, McpException.INTERNAL_ERROR, "Internal error (" + ErrorLog.clientText(e, errorId) + ")", null);
    }

    /**
     * Handles one message a transport has parsed already (Streamable HTTP reads it to route the answer), with the
     * same guarantee: whatever goes wrong ends in an answer for it and a line on stderr; only a {@link StopServing}
     * comes out.
     */
    public void onMessage(Map<String, Object> msg) {
        handle(msg, null, false);
    }

    /** As {@link #onMessage(Map)}, for a message whose sender the transport has authenticated ({@code caller}). */
    public void onMessage(Map<String, Object> msg, Caller caller) {
        handle(msg, caller, false);
    }

    /**
     * As {@link #onMessage(Map, Caller)}, for a request that came without a session (over HTTP: no
     * {@code Mcp-Session-Id}): it is served as MCP 2026-07-28 serves a request, whatever it is.
     */
    public void onStatelessRequest(Map<String, Object> msg, Caller caller) {
        handle(msg, caller, true);
    }

    /**
     * Every entry point above comes here directly, one call deep: on a server's hot path each extra layer of small
     * methods is compiled again by the JIT inside each caller, which a short session pays for (it/bench/README.md).
     */
    private void handle(Map<String, Object> msg, Caller caller, boolean stateless) {
        try {
            route(msg, caller, stateless);
        } catch (StopServing e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            boolean notification = !msg.containsKey("id");
            failed(notification ? null : msg.get("id"), !notification, e);
        }
    }

    private void route(Map<String, Object> msg, Caller caller, boolean stateless) {
        boolean hasId = msg.containsKey("id");
        Object id = msg.get("id");
        Object method = msg.get("method");
        String invalid = JsonRpc.invalid(msg);
        if (invalid != null) {
            reject(JsonRpc.isValidId(id) ? id : null, null, McpException.INVALID_REQUEST, invalid);
            return;
        }
        if (JsonRpc.isResponse(msg)) {
            session.outbound().complete(id, msg);  // an unknown id is a late or stray answer: nothing to do
            return;
        }
        Object params = msg.get("params");
        if (params != null && !(params instanceof Map)) {
            if (hasId) {
                reject(id, (String) method, McpException.INVALID_PARAMS, "Invalid params: \"params\" must be an object");
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p = params == null ? Map.of() : (Map<String, Object>) params;
        if (hasId) {
            onRequest(id, (String) method, p, caller, stateless);
        } else {
            Notifications.handle(this, (String) method, p);
        }
    }

    /**
     * Serves a request: by the rules of the session {@code initialize} opened, or when it is {@code stateless}, names a
     * protocol version in its {@code _meta}, or comes before any {@code initialize} (other than a ping), by those of
     * MCP 2026-07-28, with the client its {@code _meta} describes.
     */
    private void onRequest(Object id, String method, Map<String, Object> params, Caller caller, boolean stateless) {
        Session target = session;
        MethodHandler handler;
        if (stateless || RequestMeta.declaresVersion(params)
                || !session.isInitialized() && !"initialize".equals(method) && !"ping".equals(method)) {
            RequestMeta meta;
            try {
                meta = RequestMeta.of(params);
            } catch (McpException e) {
                reject(id, method, e.code(), e.getMessage(), e.data());
                return;
            }
            target = session.forRequest(meta);
            handler = Handlers.STATELESS.get(method);
        } else {
            handler = handlers.get(method);
        }
        if (handler == null) {
            reject(id, method, McpException.METHOD_NOT_FOUND, "Method not found: " + method + (target.isStateless()
                    && handlers.containsKey(method) ? " (MCP " + ProtocolVersions.STATELESS + " has no " + method + ")" : ""));
            return;
        }
        if (!handler.runsUserCode()) {
            if (isInFlight(id)) {   // answering it would give the client two responses with one id
                rejectInProgress(id, method);
                return;
            }
            boolean wasInitialized = session.isInitialized();
            CharSequence response = answer(new Exchange(target, id, method, params, null, caller), handler);
            if (response != null) {
                session.respond(response, id);
            } else {
                session.unanswered(id);
            }
            if (!wasInitialized && session.isInitialized()) {
                session.options().hooks().initialized(session);
            }
            return;
        }
        InFlight call = new InFlight();
        InFlight previous;
        synchronized (inFlight) {
            previous = inFlight.putIfAbsent(id, call);
            if (previous == null) {
                unanswered++;
            }
        }
        if (previous != null) {
            rejectInProgress(id, method);
            return;
        }
        permits.acquireUninterruptibly();
        try {
            executor.execute(new Call(new Exchange(target, id, method, params, call, caller), handler));
        } catch (RuntimeException e) {
            synchronized (inFlight) {
                inFlight.remove(id);
                unanswered--;
            }
            permits.release();
            reject(id, method, McpException.INTERNAL_ERROR, "Internal error: could not start the request");
        }
    }

    /** The answer to a request, or null when it was cancelled and must not be answered. */
    private CharSequence answer(Exchange ex, MethodHandler handler) {
        CharSequence response;
        try {
            Object result = handler.handle(ex);
            response = JsonRpc.result(ex.id(), ex.session().isStateless() ? StatelessResults.complete(ex, result) : result);
        } catch (InputRequired e) {
            response = JsonRpc.result(ex.id(), StatelessResults.identified(ex, e.result()));
        } catch (McpException e) {
            session.options().hooks().requestRejected(session, ex.id(), ex.method(), e.code(), e.getMessage());
            response = JsonRpc.error(ex.id(), e.code(), e.getMessage(), e.data());
        } catch (StopServing e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            InFlight call = ex.inFlight();
            if (call != null && call.isCancelled()) {
                return null;
            }
            response = internalError(ex.id(), ex.method(), e);
        }
        InFlight call = ex.inFlight();
        return call == null || !call.isCancelled() ? response : null;
    }

    private boolean isInFlight(Object id) {
        synchronized (inFlight) {
            return inFlight.containsKey(id);
        }
    }

    private void rejectInProgress(Object id, String method) {
        reject(id, method, McpException.INVALID_REQUEST, "Invalid Request: a request with id " + Json.write(id) + " is still in progress");
    }

    private void reject(Object id, String method, int code, String message) {
        reject(id, method, code, message, null);
    }

    private void reject(Object id, String method, int code, String message, Object data) {
        session.options().hooks().requestRejected(session, id, method, code, message);
        session.respond(JsonRpc.error(id, code, message, data), id);
    }

    /** The client cancelled a request: flag it, interrupt its thread, and never answer it. */
    void cancel(Object requestId) {
        InFlight call;
        synchronized (inFlight) {
            call = inFlight.get(requestId);
            if (call == null && requestId instanceof Number) {
                call = inFlight.get(((Number) requestId).longValue());
            }
        }
        if (call != null) {
            call.cancel();
        }
    }

    /**
     * The client has gone for good (its HTTP session ended): every request in flight is cancelled as if the client had
     * sent {@code notifications/cancelled} for it — flagged, its thread interrupted, never answered.
     */
    public void cancelAll() {
        List<InFlight> calls;
        synchronized (inFlight) {
            calls = new ArrayList<>(inFlight.values());
        }
        calls.forEach(InFlight::cancel);
    }

    /**
     * The connection served one stateless request and is done: whatever still runs for it is cancelled, and the
     * session is let go at once.
     */
    public void close() {
        cancelAll();
        session.close();
    }

    /**
     * The client closed its side: fail requests waiting on the client, let every request in
     * flight finish (their responses are still written), then return.
     */
    public void drain() {
        session.close();
        List<InFlight> endless;
        synchronized (inFlight) {
            endless = new ArrayList<>(inFlight.values());
        }
        endless.stream().filter(InFlight::runsUntilCancelled).forEach(InFlight::cancel);   // subscriptions end with the input
        long lastReport = System.nanoTime();
        synchronized (inFlight) {
            while (unanswered > 0) {
                try {
                    inFlight.wait(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (System.nanoTime() - lastReport > TimeUnit.MINUTES.toNanos(1)) {
                    System.err.println("mcpkit: still waiting for " + unanswered + " request(s) to finish");
                    lastReport = System.nanoTime();
                }
            }
        }
        executor.shutdown();
    }

    /** Runs a request on a worker thread and writes its response unless it was cancelled. */
    private final class Call implements Runnable {
        private final Exchange exchange;
        private final MethodHandler handler;

        Call(Exchange exchange, MethodHandler handler) {
            this.exchange = exchange;
            this.handler = handler;
        }

        @Override
        public void run() {
            InFlight call = exchange.inFlight();
            call.start(Thread.currentThread());
            try {
                CharSequence response;
                try {
                    response = answer(exchange, handler);
                } finally {
                    call.finish();
                    Thread.interrupted();  // a late cancel must not leak into the next task on this thread
                    permits.release();
                    synchronized (inFlight) {
                        inFlight.remove(exchange.id());   // before the answer goes out: the client may reuse the id at once
                    }
                }
                if (response != null) {
                    session.respond(response, exchange.id());
                } else {
                    session.unanswered(exchange.id());
                }
            } finally {
                synchronized (inFlight) {
                    unanswered--;
                    inFlight.notifyAll();
                }
            }
        }
    }
}
