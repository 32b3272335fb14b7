/**
 * mcp-runtime. Only the API package {@code dev.mcpkit} is exported; the rest is the runtime's own.
 * {@code McpServer} creates the engine (package {@code assembly}, on top of the others) by its class
 * name, so the API package imports none of them.
 *
 * <p>A server in a named module {@code opens} its packages to {@code dev.mcpkit.runtime}: the runtime
 * reads annotations, calls tools, resources and prompts, binds argument records and beans and injects
 * {@code @Setting} fields by reflection.
 */
module dev.mcpkit.runtime {
    exports dev.mcpkit;

    // the annotation processor (package processor) runs inside javac only; a server never loads it
    requires static java.compiler;

    // the Streamable HTTP transport (com.sun.net.httpserver); its classes load only when a server serves HTTP
    requires jdk.httpserver;

    // MCP_OAUTH_ISSUER: the access-token verifier (dev.mcpkit:mcp-oauth), looked up only when a server serves HTTP with it
    uses dev.mcpkit.AccessTokenVerifier.Provider;
}
