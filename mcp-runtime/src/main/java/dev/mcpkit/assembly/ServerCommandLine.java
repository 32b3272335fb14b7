package dev.mcpkit.assembly;

import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.Usage;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.config.ConfigCommands;
import dev.mcpkit.config.LaunchSettings;
import dev.mcpkit.config.SettingsHelp;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.DeclarationException;
import dev.mcpkit.model.ToolExposure;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.Seal;
import dev.mcpkit.transport.StdioTransport;
import dev.mcpkit.transport.http.BearerAuth;
import dev.mcpkit.transport.http.HttpOptions;
import dev.mcpkit.transport.http.StreamableHttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every server's command line: parses the arguments of {@code run(args)} and does one thing —
 * print the version, help or description, check or set up the configuration, or serve stdio or Streamable HTTP.
 * Exit status: 0 done, 1 failed (startup or configuration), 2 usage error.
 */
public final class ServerCommandLine {

    /**
     * Creates the dispatcher of a connection (the server's session options live with the server); {@code seal} seals
     * what a stateless request asks its client to keep ({@code requestState}).
     */
    public interface Connections {
        Dispatcher open(MessageSink sink, CallExecutor executor, Seal seal);
    }

    private final ServerAssembly assembly;
    private final Connections connections;
    private final int maxMessageBytes;
    private final HttpLimits httpLimits;

    ServerCommandLine(ServerAssembly assembly, Connections connections, int maxMessageBytes, HttpLimits httpLimits) {
        this.assembly = assembly;
        this.connections = connections;
        this.maxMessageBytes = maxMessageBytes;
        this.httpLimits = httpLimits;
    }

    public int execute(String[] args, InputStream in, OutputStream out, PrintStream err) {
        String command = assembly.provisionalName();
        Invocation inv;
        try {
            inv = Invocation.parse(args);
        } catch (UsageException e) {
            err.println(command + ": " + e.getMessage());
            err.println();
            err.print(Usage.text(command));
            return 2;
        }
        try {
            switch (inv.action()) {
                case VERSION:
                    print(out, assembly.model().identity().name() + " " + assembly.model().identity().version() + "\n");
                    return 0;
                case HELP: {
                    ServerSettings s = assembly.settings();
                    print(out, Usage.text(command) + "\n" + ToolsetsHelp.render(assembly.model().tools())
                            + SettingsHelp.render(s.model(), s.environment()));
                    return 0;
                }
                case DESCRIBE: {
                    if (!exposed(LaunchChoice.exposureOf(inv), err)) {
                        return 2;
                    }
                    print(out, Json.writePretty(ServerDescription.of(assembly.model(), assembly.exposure(),
                            assembly.settings().model().describeSettings())) + "\n");
                    return 0;
                }
                case VALIDATE_CONFIG: {
                    ServerSettings s = assembly.settings();
                    PrintStream report = printStream(out);
                    int settings = ConfigCommands.validateConfig(LaunchSettings.addedTo(s.model()), s.environment(), report);
                    LaunchChoice.OAuthChoice oauth;
                    try {
                        oauth = LaunchChoice.oauthOf(assembly.configEnvironment());
                    } catch (UsageException e) {
                        return Math.max(settings, 1);   // the table above shows the invalid setting
                    }
                    return Math.max(settings, HttpAuthorization.validate(oauth, report, assembly.classLoader()));
                }
                case SETUP: {
                    ServerSettings s = assembly.settings();
                    List<String> setupArgs = new ArrayList<>();
                    if (inv.nonInteractive()) {
                        setupArgs.add("--non-interactive");
                    }
                    setupArgs.addAll(inv.setupValues());
                    return ConfigCommands.setup(s.model(), s.environment(), setupArgs, printStream(out), err);
                }
                default: {
                    LaunchChoice choice;
                    try {
                        choice = LaunchChoice.of(inv, assembly.configEnvironment());
                    } catch (UsageException e) {
                        err.println(command + ": " + e.getMessage());
                        return 2;
                    }
                    return choice.http() ? serveHttp(choice, err) : serveStdio(in, out, choice.exposure(), err);
                }
            }
        } catch (DeclarationException e) {
            return declarationMistake(command, e, err);
        } catch (RuntimeException | Error e) {
            err.println(command + ": failed to start: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    /** A mistake in the server's own code: the message names the method and the rule; a stack trace would only bury it. */
    private static int declarationMistake(String command, DeclarationException e, PrintStream err) {
        err.println(command + ": cannot start: " + e.getMessage());
        err.println("Fix the declaration in the server's source and rebuild.");
        return 1;
    }

    private int serveStdio(InputStream in, OutputStream protocolOut, ToolExposure exposure, PrintStream err) {
        PrintStream originalOut = System.out;
        System.setOut(err);   // a stray System.out.println in user code must not corrupt the protocol stream
        try {
            assembly.prepareForServing();
            if (!exposed(exposure, err)) {
                return 2;
            }
            StdioTransport transport = new StdioTransport(in, protocolOut, maxMessageBytes);
            transport.serve(connections.open(transport, transport.executor(), Seal.random()));
            return 0;
        } catch (IOException e) {
            err.println(assembly.provisionalName() + ": stdio failed: " + e.getMessage());
            return 1;
        } catch (DeclarationException e) {
            return declarationMistake(assembly.provisionalName(), e, err);
        } catch (StartupFailure e) {
            // found after the initialize answer (settings are read meanwhile): nothing else is answered
            err.println(assembly.provisionalName() + ": failed to start: " + e.getCause());
            e.getCause().printStackTrace(err);
            return 1;
        } catch (RuntimeException e) {
            err.println(assembly.provisionalName() + ": stopped serving after an internal error: " + e);
            e.printStackTrace(err);
            return 1;
        } finally {
            System.setOut(originalOut);
        }
    }

    /**
     * Serves Streamable HTTP until the process is stopped. The one line on stderr names the endpoint (with the port
     * chosen when {@code --port 0}); stdout carries nothing.
     */
    private int serveHttp(LaunchChoice choice, PrintStream err) {
        String command = assembly.provisionalName();
        String host = choice.host();
        int port = choice.port();
        Function<InetSocketAddress, BearerAuth> authorization = null;
        if (choice.oauth() != null) {
            try {
                authorization = HttpAuthorization.of(choice.oauth(), host, assembly.model(), assembly.classLoader());
            } catch (UsageException e) {
                err.println(command + ": " + e.getMessage());
                return 2;
            }
        }
        byte[] sessionKey = choice.sessionKey() == null ? null : choice.sessionKey().reveal().getBytes(StandardCharsets.UTF_8);
        Seal seal = sessionKey == null ? Seal.random() : new Seal(sessionKey);   // instances sharing the key open each other's
        StreamableHttpTransport transport = new StreamableHttpTransport(httpLimits.options(host, port, maxMessageBytes, sessionKey),
                (sink, executor) -> connections.open(sink, executor, seal), err, authorization);
        try {
            assembly.prepareForServing();
            if (!exposed(choice.exposure(), err)) {
                return 2;
            }
            InetSocketAddress bound = transport.start();
            String shownHost = bound.getAddress().isAnyLocalAddress() ? host : bound.getAddress().getHostAddress();
            if (shownHost.contains(":")) {
                shownHost = "[" + shownHost + "]";
            }
            err.println(command + ": serving MCP over Streamable HTTP at http://" + shownHost + ":" + bound.getPort()
                    + HttpOptions.DEFAULT_PATH + (transport.authorization() != null ? " (OAuth access tokens of "
                    + choice.oauth().issuer() + "; metadata at " + transport.authorization().metadataUrl() + ")" : ""));
            if (transport.authorization() == null && !bound.getAddress().isLoopbackAddress()) {
                err.println(command + ": warning: anyone who reaches " + shownHost + ":" + bound.getPort() + " can call every tool;"
                        + " set " + LaunchSettings.OAUTH_ISSUER + " to take only OAuth access tokens, or keep the server"
                        + " behind a proxy that checks them");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(transport::stop, "mcp-http-stop"));
            transport.awaitStop();
            return 0;
        } catch (IOException e) {
            err.println(command + ": cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage()
                    + " (is the port taken? --port 0 picks a free one)");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            transport.stop();
            return 0;
        } catch (DeclarationException e) {
            return declarationMistake(command, e, err);
        }
    }

    /** Applies the exposure chosen at launch; false, having said why on stderr, when it names a toolset there is not. */
    private boolean exposed(ToolExposure exposure, PrintStream err) {
        String problem = assembly.expose(exposure);
        if (problem != null) {
            err.println(assembly.provisionalName() + ": " + problem);
        }
        return problem == null;
    }

    private static void print(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream ? (PrintStream) out : new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
