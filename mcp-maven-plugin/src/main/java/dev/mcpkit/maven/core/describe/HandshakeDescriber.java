package dev.mcpkit.maven.core.describe;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
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
 * Describes a server through a real MCP handshake: initialize, notifications/initialized, then every list the server's
 * capabilities announce, following {@code nextCursor}. Over stdio for a server that does not implement
 * {@code --describe} (one not built on mcp-runtime), or over Streamable HTTP. Settings cannot be learned this way; they
 * come from the plugin configuration.
 */
public final class HandshakeDescriber {

    private static final int MAX_PAGES = 1000;
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
            return new ServerDescriptor(info, version == null ? List.of() : List.of(version), tools, resources, templates,
                    prompts, List.of());
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
