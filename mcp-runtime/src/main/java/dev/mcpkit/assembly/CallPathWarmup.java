package dev.mcpkit.assembly;

import dev.mcpkit.Arg;
import dev.mcpkit.McpServer;
import dev.mcpkit.Tool;
import dev.mcpkit.model.ToolExposure;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.Seal;
import dev.mcpkit.protocol.Session;
import dev.mcpkit.protocol.SessionOptions;

/**
 * Walks MCP's call path once, on a spare core, while the client is still starting the server: a throw-away server
 * with one tool of its own answers {@code initialize}, {@code tools/list} and a few hundred {@code tools/call} in this
 * JVM, into a sink that drops every answer. The classes of the path (parsing, dispatch, argument binding, the tool's
 * invocation, the result's JSON) are then loaded and initialized, and its busiest methods compiled, before the
 * client's first real call, which would otherwise pay for all of it. No code of the server's runs, nothing reaches
 * stdout, nothing is kept; on one core it does not run at all, since it would only delay the client's
 * {@code initialize}.
 */
final class CallPathWarmup implements Runnable {

    /** Enough for the JIT's first tier to compile the hottest methods of the path, well within a client's start-up. */
    static final int CALLS = 300;

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"warm-up\",\"version\":\"1\"}}}";

    private final java.util.concurrent.atomic.AtomicInteger results = new java.util.concurrent.atomic.AtomicInteger();

    CallPathWarmup() {
    }

    /** How many answers were results, not errors (initialize, tools/list and every call, when the walk went well). */
    int results() {
        return results.get();
    }

    /** Starts the walk on a daemon thread when there is a core to spare. */
    static void startIfSpareCore() {
        if (Runtime.getRuntime().availableProcessors() < 2 || Boolean.getBoolean("mcpkit.noWarmup")) {
            return;
        }
        Thread thread = new Thread(new CallPathWarmup(), "mcp-call-path-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        try {
            ServerAssembly assembly = new ServerAssembly(new WarmupServer(), McpServer.class);
            MessageSink dropped = message -> {
                if (message.toString().contains("\"result\":")) {
                    results.incrementAndGet();
                }
            };
            Dispatcher dispatcher = new Dispatcher(new Session(assembly.model(), dropped,
                    new SessionOptions(100, 1_000, new CallHooks() { }, ToolExposure.ALL, Seal.random())), CallExecutor.shared(Runnable::run));
            dispatcher.onMessage(INITIALIZE);
            dispatcher.onMessage("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            dispatcher.onMessage("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
            for (int i = 2; i < CALLS + 2; i++) {
                dispatcher.onMessage("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"message\":\"warm " + i + "\"}}}");
            }
            dispatcher.drain();
        } catch (RuntimeException | LinkageError e) {
            // a walk that fails leaves the first call as it would have been: nothing to report
        }
    }

    /** The throw-away server: one tool, a string in and out, as most tools are. */
    static final class WarmupServer extends McpServer {
        @Tool(description = "Returns the message")
        public String echo(@Arg(description = "A message") String message) {
            return message;
        }
    }
}
