package dev.mcpkit.protocol;

/**
 * Where a session writes its outgoing messages: one complete JSON-RPC message per call, never
 * interleaved. The message may be a buffer that is reused after the call returns: consume it
 * before returning.
 */
public interface MessageSink {

    void send(CharSequence message);
}
