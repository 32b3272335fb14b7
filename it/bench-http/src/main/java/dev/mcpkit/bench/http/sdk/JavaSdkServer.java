package dev.mcpkit.bench.http.sdk;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The official MCP Java SDK's server for the HTTP benchmark: its servlet Streamable HTTP transport
 * ({@link HttpServletStreamableServerTransportProvider}) on embedded Jetty 12 (ee10), with one {@code echo} tool whose
 * schema and answer are those of mcpkit's example server. Everything is left at the SDK's and Jetty's defaults, as
 * the SDK's documentation sets a server up, so the figures are what a user of the SDK gets.
 *
 * <p>Usage: {@code JavaSdkServer [--host HOST] [--port PORT]}; serves {@code http://HOST:PORT/mcp}.
 */
public final class JavaSdkServer {

    private JavaSdkServer() {
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 8080;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host": host = args[i + 1]; break;
                case "--port": port = Integer.parseInt(args[i + 1]); break;
                default: throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }

        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .mcpEndpoint("/mcp")
                .build();
        McpSyncServer mcp = McpServer.sync(transport)
                .serverInfo("java-sdk-echo", "1.0.0")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
                .tools(echoTool())
                .build();

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(host);
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(transport);
        holder.setAsyncSupported(true);
        context.addServlet(holder, "/*");
        jetty.setHandler(context);
        jetty.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mcp.closeGracefully();
            try {
                jetty.stop();
            } catch (Exception e) {
                // exiting anyway
            }
        }));
        System.err.println("java-sdk: serving MCP over Streamable HTTP at http://" + host + ":" + port + "/mcp");
        jetty.join();
    }

    /** mcpkit's example {@code echo}: one required string {@code message}, answered as one text block equal to it. */
    static McpServerFeatures.SyncToolSpecification echoTool() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "string");
        message.put("description", "The message to echo");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", Map.of("message", message));
        schema.put("required", List.of("message"));
        schema.put("additionalProperties", false);
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name("echo")
                .description("Echoes the message back")
                .inputSchema(schema)
                .build();
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> McpSchema.CallToolResult.builder()
                        .addTextContent(String.valueOf(request.arguments().get("message")))
                        .build())
                .build();
    }
}
