package dev.mcpkit.protocol;

/**
 * Where a session writes its outgoing messages: one complete JSON-RPC message per call, never
 * interleaved. The message may be a buffer that is reused after the call returns: consume it
 * before returning.
 */
public interface MessageSink {

    void send(CharSequence message);

    /**
     * A message about the client's request {@code relatedRequestId} while it is being served: a progress or log
     * notification, or a request of the server's own (sampling, elicitation). A transport that keeps a stream per
     * request (Streamable HTTP) sends it on that request's stream.
     */
    default void send(CharSequence message, Object relatedRequestId) {
        send(message);
    }

    /** The answer to the client's request {@code requestId}: the last message about that request. */
    default void respond(CharSequence response, Object requestId) {
        send(response);
    }

    /** The client's request {@code requestId} gets no answer: it was cancelled. */
    default void unanswered(Object requestId) {
    }
}
