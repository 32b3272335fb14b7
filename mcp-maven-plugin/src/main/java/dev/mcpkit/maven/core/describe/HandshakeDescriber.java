package dev.mcpkit.maven.core.describe;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.mcp.McpClient;
import dev.mcpkit.maven.core.mcp.StdioClient;
import dev.mcpkit.maven.core.mcp.StreamableHttpClient;
import dev.mcpkit.maven.core.process.Deadline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Describes a server through a real MCP handshake: first the stateless probe a client of MCP 2026-07-28 sends
 * ({@code server/discover}: the versions the server serves without a handshake, when it does), then initialize,
 * notifications/initialized, and every list the server's capabilities announce, following {@code nextCursor}. Over stdio for a server that does not implement
 * {@code --describe} (one not built on mcp-runtime), or over Streamable HTTP. Settings cannot be learned this way; they
 * come from the plugin configuration.
 */
public final class HandshakeDescriber {

    private static final int MAX_PAGES = 1000;
    /** How long the stateless probe may take: a server of the session era may not answer a request before initialize. */
    private static final Duration PROBE = Duration.ofSeconds(3);
    private static final String CLIENT_NAME = "mcp-maven-plugin";

    /** Over stdio: the server started from {@code command}. */
    public ServerDescriptor describe(ServerCommand command, List<Setting> declaredSettings) throws DescribeException {
        StdioClient client;
        try {
            client = StdioClient.start(command.processBuilder(), StdioClient.StrayOutput.FAIL);
        } catch (IOException e) {
            throw new DescribeException("cannot start " + command.java() + ": " + e.getMessage(), e);
        }
        try (client) {
            ServerDescriptor described = describe(client, command.timeout());
            client.closeStdin(Duration.ofSeconds(2));
            return described.withSettings(declaredSettings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescribeException("interrupted while describing the server", e);
        }
    }

    /**
     * Over Streamable HTTP: with the server serving at {@code endpoint}, or, when it is null, with the server started
     * from {@code command} on a free loopback port ({@code --transport http --port 0}) and stopped afterwards.
     */
    public ServerDescriptor describeOverHttp(ServerCommand command, URI endpoint, List<Setting> declaredSettings)
            throws DescribeException {
        Deadline deadline = Deadline.after(command.timeout());
        try (StreamableHttpClient client = endpoint != null ? StreamableHttpClient.connect(endpoint)
                : StreamableHttpClient.start(command.processBuilder("--transport", "http", "--port", "0"), deadline)) {
            return describe(client, command.timeout()).withSettings(declaredSettings);
        } catch (McpClient.Failure e) {
            throw new DescribeException(e.getMessage(), e);   // from the start: it says what the server said
        } catch (IOException e) {
            throw new DescribeException("cannot start " + command.java() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescribeException("interrupted while describing the server", e);
        }
    }

    private static ServerDescriptor describe(McpClient client, Duration timeout) throws DescribeException, InterruptedException {
        try {
            return new Handshake(client, Deadline.after(timeout)).run();
        } catch (McpClient.Failure e) {
            throw failure(client, e.getMessage() + (e.reason() == McpClient.Reason.NO_ANSWER
                    ? " (raise mcp.describeTimeout if it needs longer)" : ""));
        }
    }

    private static DescribeException failure(McpClient client, String what) {
        String stderr = client.stderr().strip();
        return new DescribeException("server failed the MCP handshake: " + what + (stderr.isEmpty() ? "" : "\n" + stderr));
    }

    /** One handshake, all of it due by one deadline. */
    private record Handshake(McpClient client, Deadline deadline) {

        ServerDescriptor run() throws DescribeException, McpClient.Failure, InterruptedException {
            List<String> versions = statelessVersions();
            JsonNode init = result("initialize", client.initialize(CLIENT_NAME, deadline));
            if (!init.path("serverInfo").isObject() || DescriptorParser.text(init.path("serverInfo"), "name") == null) {
                throw failure(client, "the initialize result has no serverInfo.name");
            }
            client.notify("notifications/initialized", null);
            JsonNode capabilities = init.path("capabilities");
            ServerInfo info = DescriptorParser.serverInfo(init.path("serverInfo"));
            if (DescriptorParser.text(init, "instructions") != null) {
                info = new ServerInfo(info.name(), info.title(), info.version(), info.description(),
                        DescriptorParser.text(init, "instructions"));
            }
            List<Tool> tools = capabilities.has("tools") ? DescriptorParser.tools(list("tools/list", "tools")) : List.of();
            List<Resource> resources = List.of();
            List<Resource> templates = List.of();
            if (capabilities.has("resources")) {
                resources = DescriptorParser.resources(list("resources/list", "resources"), "uri");
                templates = DescriptorParser.resources(list("resources/templates/list", "resourceTemplates"), "uriTemplate");
            }
            List<Prompt> prompts = capabilities.has("prompts") ? DescriptorParser.prompts(list("prompts/list", "prompts")) : List.of();
            String version = DescriptorParser.text(init, "protocolVersion");
            if (version != null && !versions.contains(version)) {
                versions.add(version);
            }
            return new ServerDescriptor(info, versions, tools, resources, templates, prompts, List.of());
        }

        /**
         * The versions {@code server/discover} lists, newest first; none when the server answers it with an error, or
         * not in time, or refuses it over HTTP (a server of the session era only).
         */
        private List<String> statelessVersions() throws McpClient.Failure, InterruptedException {
            List<String> versions = new ArrayList<>();
            JsonNode answer;
            try {
                answer = client.discover(CLIENT_NAME, deadline.within(PROBE));
            } catch (McpClient.Failure e) {
                if (e.reason() == McpClient.Reason.HTTP_REFUSED || e.reason() == McpClient.Reason.NO_ANSWER) {
                    return versions;
                }
                throw e;
            }
            for (JsonNode v : answer.path("result").path("supportedVersions")) {
                if (v.isString()) {
                    versions.add(v.asString());
                }
            }
            return versions;
        }

        /** All pages of one list method, concatenated. */
        private ArrayNode list(String method, String field) throws DescribeException, McpClient.Failure, InterruptedException {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            String cursor = null;
            for (int page = 0; page < MAX_PAGES; page++) {
                ObjectNode params = JsonNodeFactory.instance.objectNode();
                if (cursor != null) {
                    params.put("cursor", cursor);
                }
                JsonNode result = result(method, client.request(method, params, deadline));
                for (JsonNode item : result.path(field)) {
                    all.add(item);
                }
                cursor = DescriptorParser.text(result, "nextCursor");
                if (cursor == null) {
                    return all;
                }
            }
            throw failure(client, method + " still returned a nextCursor after " + MAX_PAGES + " pages");
        }

        private JsonNode result(String method, JsonNode response) throws DescribeException {
            if (response.has("error")) {
                throw failure(client, method + " failed: " + response.get("error"));
            }
            return response.path("result");
        }
    }
}
