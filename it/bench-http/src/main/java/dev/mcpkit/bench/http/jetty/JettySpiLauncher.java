package dev.mcpkit.bench.http.jetty;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.Executor;
import org.eclipse.jetty.http.spi.DelegatingThreadPool;
import org.eclipse.jetty.http.spi.JettyHttpServerProvider;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Runs an unchanged mcpkit server's Streamable HTTP transport on Jetty 12 through {@code jetty-http-spi}, Jetty's
 * implementation of {@code com.sun.net.httpserver}: {@code JettySpiLauncher MAIN-CLASS ARGS...} with
 * {@code -Dcom.sun.net.httpserver.HttpServerProvider=org.eclipse.jetty.http.spi.JettyHttpServerProvider}.
 *
 * <p>Why a launcher: with the provider alone, jetty-http-spi 12.1.14 never opens the port for mcpkit. The transport
 * calls {@code HttpServer.create(address)}, then {@code setExecutor}, then {@code start()}; Jetty's {@code
 * setExecutor} starts its server, and the connector for the address is added after that start, so it is never
 * started (connection refused). The provider's documented way out is {@link JettyHttpServerProvider#setServer}: this
 * class builds Jetty's server as the provider would (a {@link DelegatingThreadPool} over a {@link QueuedThreadPool},
 * a dynamic {@link ContextHandlerCollection}) plus a connector on the {@code --host}/{@code --port} of the arguments,
 * hands it to the provider, and calls the server's {@code main}. The transport then binds to that connector, sets
 * its executor and creates its context exactly as on the JDK's server.
 *
 * <p>The executor: the transport hands the server its own executor (a cached thread pool on JDK 17, virtual
 * threads on 21+). Jetty's {@link DelegatingThreadPool} then cannot {@code tryExecute} (a plain executor has no idle
 * threads to offer), so Jetty serves every connection's requests on its selector thread, one after another: with
 * 64 clients that is slower than the JDK's server. A Jetty application runs on Jetty's own {@link QueuedThreadPool},
 * so by default this launcher keeps it and ignores the transport's executor; {@code -Dbench.jetty.transportExecutor=true}
 * lets the transport's executor in, as the provider alone would.
 */
public final class JettySpiLauncher {

    private JettySpiLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: JettySpiLauncher MAIN-CLASS [ARGS...] (with --host and --port)");
        }
        String host = "127.0.0.1";
        int port = -1;
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals("--host")) {
                host = args[i + 1];
            } else if (args[i].equals("--port")) {
                port = Integer.parseInt(args[i + 1]);
            }
        }
        if (port < 0) {
            throw new IllegalArgumentException("JettySpiLauncher needs the server's --port");
        }
        boolean transportExecutor = Boolean.getBoolean("bench.jetty.transportExecutor");
        DelegatingThreadPool pool = transportExecutor
                ? new DelegatingThreadPool(new QueuedThreadPool())
                : new JettyOwnPool(new QueuedThreadPool());
        Server server = new Server(pool);
        server.setHandler(new ContextHandlerCollection(true));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.start();
        JettyHttpServerProvider.setServer(server);
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    /** Jetty's own thread pool, which {@code HttpServer.setExecutor} leaves in place. */
    private static final class JettyOwnPool extends DelegatingThreadPool {

        JettyOwnPool(Executor pool) {
            super(pool);
        }

        @Override
        public void setExecutor(Executor executor) {
            // keep Jetty's QueuedThreadPool: see the class comment
        }
    }
}
