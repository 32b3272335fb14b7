package dev.mcpkit.maven.core.inspect;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.process.Platform;

/**
 * The official MCP Inspector's web UI ({@value #PACKAGE}, version {@value #VERSION}, fetched by {@code npx}) connected
 * to the server under development over stdio: it starts the Inspector with the server's command line, prints the
 * page's URL once the page is served, and blocks until the Inspector ends or this JVM is stopped (Ctrl-C), then stops
 * the Inspector with every process it started.
 */
public final class InspectorWebUi {

    public static final String PACKAGE = "@modelcontextprotocol/inspector";
    /** The newest Inspector that runs on Node.js 20: 0.16.0 and later (1.x, 2.x) require Node.js 22. */
    public static final String VERSION = "0.15.0";
    /** The page's port unless {@code mcp.inspector.port} says otherwise; the Inspector's own default. */
    public static final int DEFAULT_PORT = 6274;
    /** The Inspector's proxy (which starts the server and relays its messages) listens {@value #PROXY_OFFSET} ports above the page. */
    static final int PROXY_OFFSET = 3;
    static final int DEFAULT_PROXY_PORT = DEFAULT_PORT + PROXY_OFFSET;

    /** Characters an argument may hold without quoting for the Inspector, which splits its arguments as a shell does. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_\\-.,:/@%+=]+");

    private final Consumer<String> info;
    private final Consumer<String> debug;

    /**
     * @param info what the developer reads: the URL, and that the Inspector stopped
     * @param debug every line the Inspector writes
     */
    public InspectorWebUi(Consumer<String> info, Consumer<String> debug) {
        this.info = info;
        this.debug = debug;
    }

    /**
     * Runs the Inspector for {@code server} with its page on {@code port} until it ends or this JVM is stopped.
     *
     * @throws IllegalArgumentException when Node.js is missing or too old, or a port is taken
     * @throws IOException when the Inspector ends before its page is served
     */
    public void run(InspectedServer server, int port) throws IOException, InterruptedException {
        Platform platform = Platform.current();
        NodeRuntime node = NodeRuntime.find(System.getenv(), platform);
        int proxyPort = port + PROXY_OFFSET;
        requireFree(port, "the Inspector's page");
        requireFree(proxyPort, "the Inspector's proxy");
        ProcessBuilder pb = new ProcessBuilder(command(node, platform, server)).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File(platform == Platform.WINDOWS ? "NUL" : "/dev/null")));
        pb.environment().putAll(environment(server, port, proxyPort));
        if (server.workingDirectory() != null) {
            pb.directory(server.workingDirectory().toFile());
        }
        info.accept("Starting the MCP Inspector " + VERSION + " through npx (its first run downloads it) for " + server.command());
        Process inspector = pb.start();
        Thread stopper = new Thread(() -> stop(inspector.toHandle()), "mcp-inspector-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            InspectorOutput output = read(inspector, proxyPort);
            int exit = inspector.waitFor();
            if (shuttingDown(stopper)) {
                return;   // Ctrl-C or a kill: the hook stops the rest, and Maven 4 has closed its log already
            }
            if (!output.ready()) {
                throw new IOException("The MCP Inspector ended (exit code " + exit + ") before its page was served"
                        + (output.failure() != null ? ": " + output.failure() + "; choose other ports with -Dmcp.inspector.port=<port>" : "")
                        + ". It said:\n" + output.lastLines());
            }
            info.accept("The MCP Inspector stopped (exit code " + exit + ").");
        } finally {
            stop(inspector.toHandle());
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    /**
     * {@code npx --yes --package=<pinned Inspector> -- mcp-inspector -- <server command> <arguments>}, through
     * {@code cmd /c} on Windows, where npx is a .cmd script. The Inspector hands the arguments to the page as one
     * string that it splits again as a shell would, so those with spaces or quotes are quoted.
     */
    static List<String> command(NodeRuntime node, Platform platform, InspectedServer server) {
        List<String> line = new ArrayList<>();
        if (platform == Platform.WINDOWS) {
            line.addAll(List.of("cmd", "/c"));
        }
        line.addAll(List.of(node.npx().toString(), "--yes", "--package=" + PACKAGE + "@" + VERSION, "--", "mcp-inspector", "--",
                server.command()));
        for (String argument : server.args()) {
            line.add(quoted(argument));
        }
        return line;
    }

    /**
     * The Inspector's environment: the server's additions (the Inspector's proxy passes its environment on to the
     * server, so no value shows in the page or on a command line), its ports, and no browser opened by itself.
     */
    static Map<String, String> environment(InspectedServer server, int port, int proxyPort) {
        Map<String, String> env = new LinkedHashMap<>(server.environment());
        env.put("CLIENT_PORT", Integer.toString(port));
        env.put("SERVER_PORT", Integer.toString(proxyPort));
        env.put("MCP_AUTO_OPEN_ENABLED", "false");
        return env;
    }

    /** {@code argument} as a POSIX shell reads it back: as is when plain, else in single quotes. */
    static String quoted(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "'" + argument.replace("'", "'\"'\"'") + "'";
    }

    /** Reads the Inspector's output until it ends, announcing the page once it is served. */
    private InspectorOutput read(Process inspector, int proxyPort) throws IOException {
        InspectorOutput output = new InspectorOutput(proxyPort);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(inspector.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean announced = false;
            while ((line = lines.readLine()) != null) {
                debug.accept("inspector: " + line);
                output.read(line);
                if (!announced && output.ready()) {
                    announced = true;
                    info.accept("The MCP Inspector " + VERSION + " is ready, with the server's command filled in: open");
                    info.accept("");
                    info.accept("    " + output.pageUrl());
                    info.accept("");
                    info.accept("in a browser and press Connect. Ctrl-C stops it (mvn -X shows the Inspector's own log).");
                }
            }
        }
        return output;
    }

    /** Whether this JVM is stopping (then its shutdown hooks can no longer be removed). */
    private static boolean shuttingDown(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return false;
        } catch (IllegalStateException stopping) {
            return true;
        }
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalArgumentException("Port " + port + " (" + what + ") is in use, perhaps by another MCP Inspector: stop it, "
                    + "or choose other ports with -Dmcp.inspector.port=<port> (the page's port; the proxy takes that port + "
                    + PROXY_OFFSET + ").");
        }
    }

    /** Stops the Inspector and everything it started (npx, node, the proxy, the server), forcibly after ten seconds. */
    static void stop(ProcessHandle inspector) {
        List<ProcessHandle> tree = new ArrayList<>(inspector.descendants().toList());
        tree.add(0, inspector);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                process.destroyForcibly();
            }
        }
    }
}
