package dev.mcpkit.protocol;

/** Where a session writes its outgoing messages: one complete JSON-RPC message per call, never interleaved. */
public interface MessageSink {

    void send(String message);
}
