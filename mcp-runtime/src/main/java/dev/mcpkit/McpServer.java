package dev.mcpkit;

import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.Usage;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.internal.AnnotationScanner;
import dev.mcpkit.internal.IdentityResolver;
import dev.mcpkit.internal.ServerDescription;
import dev.mcpkit.internal.ServerModel;
import dev.mcpkit.internal.ServerSettings;
import dev.mcpkit.internal.SpecTools;
import dev.mcpkit.internal.ToolDefinition;
import dev.mcpkit.config.AuditLog;
import dev.mcpkit.config.ConfigCommands;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.SettingsHelp;
import dev.mcpkit.config.SettingsModel;
import dev.mcpkit.json.Json;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.Session;
import dev.mcpkit.protocol.SessionOptions;
import dev.mcpkit.transport.StdioTransport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private final List<Object> components = new ArrayList<>();
    private final List<ToolSpec> specs = new ArrayList<>();
    private ServerModel model;
    private final Object settingsLock = new Object();   // not `this`: the tools are built under that lock at the same time
    private ServerSettings settings;
    private boolean settingsChecked;
    private int pageSize = 100;
    private int maxMessageBytes = StdioTransport.DEFAULT_MAX_MESSAGE_BYTES;
    private long clientRequestTimeoutMillis = 300_000L;

    protected McpServer() {
    }

    /** Adds the annotated tools, resources, prompts and completions of another object. */
    public final McpServer register(Object component) {
        synchronized (this) {
            components.add(component);
            if (model == null) {
                return this;
            }
        }
        new AnnotationScanner(model).scan(component, Object.class);
        return this;
    }

    /** Adds a tool defined in code. */
    public final McpServer addTool(ToolSpec spec) {
        synchronized (this) {
            specs.add(spec);
            if (model == null) {
                return this;
            }
        }
        ToolDefinition tool = SpecTools.definition(spec);
        if (!tool.settings().isEmpty()) {
            settings().model().toolNeeds(tool.name(), tool.settings().toArray(new String[0]));
        }
        model.addTool(tool);
        return this;
    }

    /** Removes a tool by name; returns false if there was none. */
    public final boolean removeTool(String name) {
        synchronized (this) {
            specs.removeIf(s -> s.name().equals(name));
            if (model == null) {
                return false;
            }
        }
        return model.removeTool(name);
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
        Invocation inv;
        try {
            inv = Invocation.parse(args);
        } catch (UsageException e) {
            err.println(commandName() + ": " + e.getMessage());
            err.println();
            err.print(Usage.text(commandName()));
            return 2;
        }
        try {
            switch (inv.action()) {
                case VERSION:
                    print(protocolOut, name() + " " + version() + "\n");
                    return 0;
                case HELP:
                    print(protocolOut, Usage.text(commandName()) + "\n" + SettingsHelp.render(settings().model(), settings().environment()));
                    return 0;
                case DESCRIBE:
                    print(protocolOut, Json.writePretty(ServerDescription.of(model(), settings().model().describeSettings())) + "\n");
                    return 0;
                case VALIDATE_CONFIG:
                    return ConfigCommands.validateConfig(settings().model(), settings().environment(), printStream(protocolOut));
                case SETUP:
                    List<String> setupArgs = new ArrayList<>();
                    if (inv.nonInteractive()) {
                        setupArgs.add("--non-interactive");
                    }
                    setupArgs.addAll(inv.setupValues());
                    return ConfigCommands.setup(settings().model(), settings().environment(), setupArgs, printStream(protocolOut), err);
                default:
                    if ("http".equals(inv.transport())) {
                        err.println(commandName() + ": the Streamable HTTP transport is not available in this version of mcpkit;"
                                + " use --transport stdio (the default)");
                        return 2;
                    }
                    return serveStdio(in, protocolOut, err);
            }
        } catch (RuntimeException | Error e) {
            err.println(commandName() + ": failed to start: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static void print(OutputStream out, String text) {
        try {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream ? (PrintStream) out
                : new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int serveStdio(InputStream in, OutputStream protocolOut, PrintStream err) {
        PrintStream originalOut = System.out;
        System.setOut(err);  // a stray System.out.println in user code must not corrupt the protocol stream
        try {
            // settings are read on another core while this one builds the tools; both before the first message
            SettingsLoader loader = new SettingsLoader();
            Thread firstPass = new Thread(loader, "mcp-settings");
            firstPass.setDaemon(true);
            firstPass.start();
            model().prepareInBackground();   // schemas are built on the second core while start-up goes on
            firstPass.join();
            if (loader.failure != null) {
                throw loader.failure;
            }
            settings();
            StdioTransport transport = new StdioTransport(in, protocolOut, maxMessageBytes);
            transport.serve(newDispatcher(transport, transport.executor()));
            return 0;
        } catch (IOException e) {
            err.println(commandName() + ": stdio failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            System.setOut(originalOut);
        }
    }

    /** A dispatcher for one client connection writing to {@code sink}, running calls on worker threads. */
    final Dispatcher newDispatcher(MessageSink sink) {
        return newDispatcher(sink, CallExecutor.pool());
    }

    final Dispatcher newDispatcher(MessageSink sink, CallExecutor executor) {
        SessionOptions options = new SessionOptions(pageSize, clientRequestTimeoutMillis, settings());
        return new Dispatcher(new Session(model(), sink, options), executor);
    }

    /** The server's model, built on first use from its annotations and registrations. */
    final ServerModel model() {
        ServerModel m = model;
        if (m != null) {
            return m;
        }
        synchronized (this) {
            if (model == null) {
                ServerModel built = new ServerModel(IdentityResolver.resolve(getClass()));
                AnnotationScanner scanner = new AnnotationScanner(built);
                scanner.scan(this, McpServer.class);
                for (Object c : components) {
                    scanner.scan(c, Object.class);
                }
                for (ToolSpec s : specs) {
                    built.addTool(SpecTools.definition(s));
                }
                model = built;
            }
            return model;
        }
    }

    /** Declares and reads the settings on its own thread while the main thread builds the tools. */
    private final class SettingsLoader implements Runnable {
        private volatile RuntimeException failure;

        @Override
        public void run() {
            try {
                declaredSettings().resolveFirstPass();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }

    /** The declared settings, not yet checked against the tools (safe to build on another thread). */
    private ServerSettings declaredSettings() {
        synchronized (settingsLock) {
            return declaredSettingsLocked();
        }
    }

    private ServerSettings declaredSettingsLocked() {
        if (settings == null) {
            SettingsModel declared = SettingsModel.scan(this);
            for (Object c : components) {
                declared.scanObject(c);
            }
            declared.add(AuditLog.setting());
            String name = IdentityResolver.resolve(getClass()).name();
            settings = new ServerSettings(declared, ConfigEnvironment.builder(name).command(name).build(), name);
        }
        return settings;
    }

    /** The server's settings with every tool's needs registered; declaration mistakes fail here. */
    final ServerSettings settings() {
        ServerModel m = model();
        ServerSettings s = declaredSettings();
        synchronized (this) {
            if (!settingsChecked) {
                for (ToolDefinition tool : m.tools()) {
                    if (!tool.settings().isEmpty()) {
                        s.model().toolNeeds(tool.name(), tool.settings().toArray(new String[0]));
                    }
                }
                s.model().validate();
                settingsChecked = true;
            }
        }
        return s;
    }

    private String commandName() {
        ServerModel m = model;
        return m != null ? m.identity().name() : dev.mcpkit.internal.Names.serverName(getClass());
    }
}
