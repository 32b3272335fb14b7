package dev.mcpkit;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The engine behind {@link McpServer} and {@link McpTestClient}; implemented by mcp-runtime itself,
 * not by users. Every package of the runtime builds on this one, so the two reach the engine
 * through this interface, created by its class name once per JVM, instead of importing it: no
 * package cycle, for one reflective construction when the first server is created.
 */
public interface McpEngine {

    /** Creates the engine's side of {@code server}; called while the server is being constructed. */
    Server attach(McpServer server);

    /** The newest MCP protocol version the engine speaks. */
    String latestProtocolVersion();

    /** Compact JSON of maps, lists, strings, numbers, booleans and null, as the protocol writes it. */
    String writeJson(Object value);

    /** Maps, lists, strings, numbers, booleans and null from JSON text, as the protocol reads it. */
    Object readJson(String json);

    /** One server: what {@link McpServer}'s methods do. */
    interface Server {

        void register(Object component);

        void addTool(ToolSpec spec);

        boolean removeTool(String name);

        boolean removeResource(String uri);

        boolean removePrompt(String name);

        void resourceUpdated(String uri);

        String name();

        String version();

        void pageSize(int size);

        void maxMessageBytes(int bytes);

        void clientRequestTimeoutMillis(long millis);

        void httpSessionIdleTimeout(java.time.Duration timeout);

        void httpWriteTimeout(java.time.Duration timeout);

        void httpMaxSessions(int sessions);

        /** Runs the server's command line; returns its exit status. */
        int execute(String[] args, InputStream in, OutputStream protocolOut, PrintStream err);

        /**
         * A client connection in this JVM: {@code client} receives every message the server sends,
         * one JSON text each; calls run on worker threads as on stdio. {@code serverArgs} are command-line flags
         * that choose which tools the connection sees ({@code --toolsets}, {@code --read-only},
         * {@code --dynamic-toolsets}), as if the server had been started with them.
         *
         * @throws IllegalArgumentException a flag that is not one of those, or a toolset the server does not have
         */
        Connection connect(Consumer<String> client, String... serverArgs);
    }

    /** A client connection in this JVM. */
    interface Connection {

        /** Handles one message, as if its line had arrived on stdin. */
        void send(String message);

        /** Closes the connection the way stdin EOF does: requests in flight finish first. */
        void close();
    }
}
