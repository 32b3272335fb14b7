package dev.mcpkit.assembly;

import dev.mcpkit.McpEngine;
import dev.mcpkit.McpServer;
import dev.mcpkit.ToolSpec;
import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.model.ToolExposure;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.Session;
import dev.mcpkit.protocol.Seal;
import dev.mcpkit.protocol.SessionOptions;
import dev.mcpkit.transport.StdioTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;

/** The engine's side of one {@link McpServer}: its assembly, its session options and its connections. */
final class AttachedServer implements McpEngine.Server {

    private final ServerAssembly assembly;
    private int pageSize = 100;
    private int maxMessageBytes = StdioTransport.DEFAULT_MAX_MESSAGE_BYTES;
    private long clientRequestTimeoutMillis = 300_000L;
    private HttpLimits httpLimits = HttpLimits.DEFAULTS;

    AttachedServer(McpServer server) {
        this.assembly = new ServerAssembly(server, McpServer.class);
    }

    @Override
    public void register(Object component) {
        assembly.register(component);
    }

    @Override
    public void addTool(ToolSpec spec) {
        assembly.addTool(spec);
    }

    @Override
    public boolean removeTool(String name) {
        return assembly.removeTool(name);
    }

    @Override
    public boolean removeResource(String uri) {
        return model().removeResource(uri);
    }

    @Override
    public boolean removePrompt(String name) {
        return model().removePrompt(name);
    }

    @Override
    public void resourceUpdated(String uri) {
        model().resourceUpdated(uri);
    }

    @Override
    public String name() {
        return model().identity().name();
    }

    @Override
    public String version() {
        return model().identity().version();
    }

    @Override
    public void pageSize(int size) {
        this.pageSize = size;
    }

    @Override
    public void maxMessageBytes(int bytes) {
        this.maxMessageBytes = bytes;
    }

    @Override
    public void clientRequestTimeoutMillis(long millis) {
        this.clientRequestTimeoutMillis = millis;
    }

    @Override
    public void httpSessionIdleTimeout(Duration timeout) {
        httpLimits = httpLimits.withSessionIdleTimeout(timeout);
    }

    @Override
    public void httpWriteTimeout(Duration timeout) {
        httpLimits = httpLimits.withWriteTimeout(timeout);
    }

    @Override
    public void httpMaxSessions(int sessions) {
        httpLimits = httpLimits.withMaxSessions(sessions);
    }

    @Override
    public int execute(String[] args, InputStream in, OutputStream protocolOut, PrintStream err) {
        return new ServerCommandLine(assembly, new Connections(), maxMessageBytes, httpLimits)
                .execute(args, in, protocolOut, err);
    }

    @Override
    public McpEngine.Connection connect(Consumer<String> client, String... serverArgs) {
        return new InProcessConnection(client, exposureOf(serverArgs));
    }

    /** The tools a connection sees when the server runs with {@code args}. */
    private ToolExposure exposureOf(String[] args) {
        if (args.length == 0) {
            return assembly.exposure();
        }
        Invocation inv;
        try {
            inv = Invocation.parse(args);
        } catch (UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (inv.action() != Invocation.Action.SERVE || inv.transport() != null || inv.host() != null || inv.port() != null) {
            throw new IllegalArgumentException("only --toolsets, --read-only and --dynamic-toolsets choose what a connection sees, not "
                    + String.join(" ", args));
        }
        ToolExposure exposure = LaunchChoice.exposureOf(inv);
        String problem = assembly.problemWith(exposure);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return exposure;
    }

    private Dispatcher newDispatcher(MessageSink sink, CallExecutor executor, CallHooks hooks, ToolExposure exposure, Seal seal) {
        SessionOptions options = new SessionOptions(pageSize, clientRequestTimeoutMillis, hooks, exposure, seal);
        return new Dispatcher(new Session(model(), sink, options), executor);
    }

    /** The server's model, built on first use from its annotations and registrations. */
    private ServerModel model() {
        return assembly.model();
    }

    private final class Connections implements ServerCommandLine.Connections {
        @Override
        public Dispatcher open(MessageSink sink, CallExecutor executor, Seal seal) {
            return newDispatcher(sink, executor, assembly.servingHooks(), assembly.exposure(), seal);   // settings awaited after initialize
        }
    }

    /** A connection in this JVM (McpTestClient): the settings are checked when it opens. */
    private final class InProcessConnection implements McpEngine.Connection {
        private final Dispatcher dispatcher;

        InProcessConnection(Consumer<String> client, ToolExposure exposure) {
            MessageSink toClient = new MessageSink() {
                @Override
                public void send(CharSequence message) {
                    client.accept(message.toString());
                }
            };
            this.dispatcher = newDispatcher(toClient, CallExecutor.pool(), assembly.settings(), exposure, Seal.random());
        }

        @Override
        public void send(String message) {
            dispatcher.onMessage(message);
        }

        @Override
        public void close() {
            dispatcher.drain();
        }
    }
}
