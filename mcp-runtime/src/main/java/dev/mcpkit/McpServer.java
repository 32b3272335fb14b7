package dev.mcpkit;

import java.io.FileDescriptor;
import java.io.FileOutputStream;

/**
 * The base class of an MCP server. Extend it, annotate methods with {@link Tool},
 * {@link Resource} and {@link Prompt}, and start it from {@code main}:
 *
 * <pre>{@code
 * public class WeatherServer extends McpServer {
 *     @Tool(description = "Current weather for a city", readOnly = true)
 *     public String forecast(@Arg(description = "City name") String city) { ... }
 *
 *     public static void main(String[] args) { new WeatherServer().run(args); }
 * }
 * }</pre>
 *
 * <p>{@link #run(String[])} is the server's whole command line ({@code --version}, {@code --help},
 * {@code --describe}...); without options it serves MCP over stdio until the client closes stdin.
 * Tools in other classes join with {@link #register(Object)}; tools whose schema is known only at
 * run time join with {@link #addTool(ToolSpec)}. Both also work while serving: clients are told
 * the list changed.
 */
public class McpServer {

    private final McpEngine.Server engine = engine().attach(this);

    protected McpServer() {
    }

    /** Adds the annotated tools, resources, prompts and completions of another object. */
    public final McpServer register(Object component) {
        engine.register(component);
        return this;
    }

    /** Adds a tool defined in code. */
    public final McpServer addTool(ToolSpec spec) {
        engine.addTool(spec);
        return this;
    }

    /** Removes a tool by name; returns false if there was none. */
    public final boolean removeTool(String name) {
        return engine.removeTool(name);
    }

    /** Removes a resource or template by its URI; returns false if there was none. */
    public final boolean removeResource(String uri) {
        return engine.removeResource(uri);
    }

    /** Removes a prompt by name; returns false if there was none. */
    public final boolean removePrompt(String name) {
        return engine.removePrompt(name);
    }

    /** Tells clients subscribed to {@code uri} that its contents changed. */
    public final void notifyResourceUpdated(String uri) {
        engine.resourceUpdated(uri);
    }

    /** Items per page of tools/list, resources/list and prompts/list (default 100). */
    public final McpServer pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        engine.pageSize(size);
        return this;
    }

    /** Largest incoming message accepted on stdio, in bytes (default 4 MiB). */
    public final McpServer maxMessageBytes(int bytes) {
        engine.maxMessageBytes(bytes);
        return this;
    }

    /**
     * Over Streamable HTTP ({@code --transport http}): how long a session may go without a request, a running call or
     * an open GET stream before it ends (default 30 minutes); its client then initializes again.
     */
    public final McpServer httpSessionIdleTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
        engine.httpSessionIdleTimeout(timeout);
        return this;
    }

    /**
     * Over Streamable HTTP: how long one write to a client may take (default 30 seconds). A client that stops reading
     * its answers or streams has its connection closed after this long, so it holds no thread or memory of the server's.
     */
    public final McpServer httpWriteTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the write timeout must be positive");
        }
        engine.httpWriteTimeout(timeout);
        return this;
    }

    /**
     * Over Streamable HTTP: how many sessions may be open at once (default 10,000). An {@code initialize} beyond them
     * is answered 503 until a session ends (its client sends DELETE, or it stays idle past its limit).
     */
    public final McpServer httpMaxSessions(int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("at least one session must be allowed");
        }
        engine.httpMaxSessions(sessions);
        return this;
    }

    /** How long a tool waits for the client to answer elicitation, sampling or roots (default 5 minutes). */
    public final McpServer clientRequestTimeoutMillis(long millis) {
        engine.clientRequestTimeoutMillis(millis);
        return this;
    }

    /** The server's name, as clients and configuration see it. */
    public final String name() {
        return engine.name();
    }

    /** The server's version. */
    public final String version() {
        return engine.version();
    }

    /**
     * Runs the command line and exits the JVM with its status: 0 after serving until the client
     * closed stdin or after an informational flag, 1 on a startup failure, 2 on a usage error.
     */
    public final void run(String[] args) {
        int status = execute(args);
        System.exit(status);
    }

    /** Like {@link #run(String[])} but returns the exit status instead of exiting (for tests). */
    public final int execute(String[] args) {
        return engine.execute(args, System.in, new FileOutputStream(FileDescriptor.out), System.err);
    }

    /** The engine's side of this server, for {@link McpTestClient}. */
    final McpEngine.Server attachedEngine() {
        return engine;
    }

    /** The runtime's engine, looked up once per JVM. */
    static McpEngine engine() {
        return EngineLookup.ENGINE;
    }

    private static final class EngineLookup {
        static final McpEngine ENGINE = load();

        /**
         * By name, not with ServiceLoader: on the class path ServiceLoader adds 10-15 ms to start-up (it opens the
         * JDK's module image and URL connections to read META-INF/services). The name is this package's only tie
         * to the engine: a string, so no package cycle.
         */
        private static McpEngine load() {
            try {
                return (McpEngine) Class.forName("dev.mcpkit.assembly.Engine").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("mcp-runtime's engine dev.mcpkit.assembly.Engine cannot be created"
                        + " (is the mcp-runtime jar complete?): " + e, e);
            }
        }
    }
}
