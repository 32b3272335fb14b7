package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.ToolException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** Requests the server sends to the client (elicitation, sampling, roots), with answers routed back by id. */
final class OutboundRequests {

    private final MessageSink sink;
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Object, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    OutboundRequests(MessageSink sink) {
        this.sink = sink;
    }

    /**
     * Sends a request, made while serving the client's request {@code relatedRequestId}, and waits for its result.
     *
     * @throws McpException when the client answers with an error
     * @throws ToolException on timeout or when the connection closes
     * @throws CancellationException when the waiting thread is interrupted (the call was cancelled)
     */
    Map<String, Object> call(String method, Map<String, Object> params, long timeoutMillis, Object relatedRequestId) {
        if (closed) {
            throw new ToolException("the client has disconnected; cannot send " + method);
        }
        Long id = nextId.getAndIncrement();
        CompletableFuture<Map<String, Object>> future = new CompletableFuture<>();
        pending.put(id, future);
        try {
            sink.send(JsonRpc.request(id, method, params), relatedRequestId);
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled while waiting for the client's answer to " + method);
        } catch (TimeoutException e) {
            throw new ToolException("the client did not answer " + method + " within " + timeoutMillis + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new ToolException(method + " failed: " + cause);
        } finally {
            pending.remove(id);
        }
    }

    /** Routes a response from the client; returns false if no request with that id is waiting. */
    @SuppressWarnings("unchecked")
    boolean complete(Object id, Map<String, Object> response) {
        CompletableFuture<Map<String, Object>> f = id instanceof Number ? pending.get(((Number) id).longValue()) : null;
        if (f == null) {
            return false;
        }
        Object error = response.get("error");
        if (error instanceof Map) {
            Map<String, Object> e = (Map<String, Object>) error;
            int code = e.get("code") instanceof Number ? ((Number) e.get("code")).intValue() : McpException.INTERNAL_ERROR;
            f.completeExceptionally(new McpException(code, "client error: " + e.get("message"), e.get("data")));
        } else {
            Object result = response.get("result");
            f.complete(result instanceof Map ? (Map<String, Object>) result : Map.of());
        }
        return true;
    }

    /** Fails every waiting request: the client is gone. */
    void closeAll() {
        closed = true;
        for (CompletableFuture<Map<String, Object>> f : pending.values()) {
            f.completeExceptionally(new ToolException("the client closed the connection before answering"));
        }
    }
}
