package dev.mcpkit;

import dev.mcpkit.assembly.ServerAssembly;
import dev.mcpkit.assembly.ServerCommandLine;
import dev.mcpkit.assembly.ServerSettings;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.Session;
import dev.mcpkit.protocol.SessionOptions;
import dev.mcpkit.transport.StdioTransport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

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

    private final ServerAssembly assembly = new ServerAssembly(this, McpServer.class);
    private int pageSize = 100;
    private int maxMessageBytes = StdioTransport.DEFAULT_MAX_MESSAGE_BYTES;
    private long clientRequestTimeoutMillis = 300_000L;

    protected McpServer() {
    }

    /** Adds the annotated tools, resources, prompts and completions of another object. */
    public final McpServer register(Object component) {
        assembly.register(component);
        return this;
    }

    /** Adds a tool defined in code. */
    public final McpServer addTool(ToolSpec spec) {
        assembly.addTool(spec);
        return this;
    }

    /** Removes a tool by name; returns false if there was none. */
    public final boolean removeTool(String name) {
        return assembly.removeTool(name);
    }

    /** Removes a resource or template by its URI; returns false if there was none. */
    public final boolean removeResource(String uri) {
        return model().removeResource(uri);
    }

    /** Removes a prompt by name; returns false if there was none. */
    public final boolean removePrompt(String name) {
        return model().removePrompt(name);
    }

    /** Tells clients subscribed to {@code uri} that its contents changed. */
    public final void notifyResourceUpdated(String uri) {
        model().resourceUpdated(uri);
    }

    /** Items per page of tools/list, resources/list and prompts/list (default 100). */
    public final McpServer pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        this.pageSize = size;
        return this;
    }

    /** Largest incoming message accepted on stdio, in bytes (default 4 MiB). */
    public final McpServer maxMessageBytes(int bytes) {
        this.maxMessageBytes = bytes;
        return this;
    }

    /** How long a tool waits for the client to answer elicitation, sampling or roots (default 5 minutes). */
    public final McpServer clientRequestTimeoutMillis(long millis) {
        this.clientRequestTimeoutMillis = millis;
        return this;
    }

    /** The server's name, as clients and configuration see it. */
    public final String name() {
        return model().identity().name();
    }

    /** The server's version. */
    public final String version() {
        return model().identity().version();
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
        return execute(args, System.in, new FileOutputStream(FileDescriptor.out), System.err);
    }

    final int execute(String[] args, InputStream in, OutputStream protocolOut, PrintStream err) {
        return new ServerCommandLine(assembly, new Connections(), maxMessageBytes).execute(args, in, protocolOut, err);
    }

    /** A dispatcher for one client connection writing to {@code sink}, running calls on worker threads. */
    final Dispatcher newDispatcher(MessageSink sink) {
        return newDispatcher(sink, CallExecutor.pool());
    }

    final Dispatcher newDispatcher(MessageSink sink, CallExecutor executor) {
        return newDispatcher(sink, executor, settings());
    }

    private Dispatcher newDispatcher(MessageSink sink, CallExecutor executor, CallHooks hooks) {
        SessionOptions options = new SessionOptions(pageSize, clientRequestTimeoutMillis, hooks);
        return new Dispatcher(new Session(model(), sink, options), executor);
    }

    /** The server's model, built on first use from its annotations and registrations. */
    final ServerModel model() {
        return assembly.model();
    }

    /** The server's settings, checked against its tools. */
    final ServerSettings settings() {
        return assembly.settings();
    }

    private final class Connections implements ServerCommandLine.Connections {
        @Override
        public Dispatcher open(MessageSink sink, CallExecutor executor) {
            return newDispatcher(sink, executor, assembly.servingHooks());   // settings awaited after initialize
        }
    }
}
