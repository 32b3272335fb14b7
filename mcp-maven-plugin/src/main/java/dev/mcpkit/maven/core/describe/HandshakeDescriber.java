package dev.mcpkit.maven.core.describe;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.mcpkit.maven.core.process.StdoutLines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Describes a server that does not implement {@code --describe} (one not built on mcp-runtime) through a
 * real MCP handshake over stdio: initialize, notifications/initialized, then every list the server's
 * capabilities announce, following {@code nextCursor}. Settings cannot be learned this way; they come
 * from the plugin configuration.
 */
public final class HandshakeDescriber {

    /** The newest protocol version this plugin speaks; the server may answer with an older one. */
    public static final String PROTOCOL_VERSION = "2025-11-25";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final int MAX_PAGES = 1000;

    private final String clientVersion;

    public HandshakeDescriber(String clientVersion) {
        this.clientVersion = clientVersion;
    }

    public ServerDescriptor describe(ServerCommand command, List<Setting> declaredSettings) throws DescribeException {
        Path err = null;
        Process process = null;
        try {
            err = Files.createTempFile("mcp-handshake", ".err");
            process = command.processBuilder().redirectError(err.toFile()).start();
            Session session = new Session(process, command, err);
            return session.run().withSettings(declaredSettings);
        } catch (IOException e) {
            throw new DescribeException("cannot start " + command.java() + ": " + e.getMessage(), e);
        } finally {
            if (process != null) {
                stop(process);
            }
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException ignored) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** One conversation with one server process. */
    private final class Session {
        private final Process process;
        private final ServerCommand command;
        private final Path err;
        private final OutputStream stdin;
        private final StdoutLines lines;
        private final long deadline;
        private int nextId = 1;

        Session(Process process, ServerCommand command, Path err) {
            this.process = process;
            this.command = command;
            this.err = err;
            this.stdin = process.getOutputStream();
            this.deadline = System.nanoTime() + command.timeout().toNanos();
            this.lines = new StdoutLines(process, "mcp-handshake-stdout");
        }

        ServerDescriptor run() throws DescribeException {
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.put("protocolVersion", PROTOCOL_VERSION);
            params.putObject("capabilities");
            params.putObject("clientInfo").put("name", "mcp-maven-plugin").put("version", clientVersion);
            JsonNode init = request("initialize", params);
            if (!init.path("serverInfo").isObject() || DescriptorParser.text(init.path("serverInfo"), "name") == null) {
                throw failure("the initialize result has no serverInfo.name");
            }
            send(notification("notifications/initialized"));
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
        private ArrayNode list(String method, String field) throws DescribeException {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            String cursor = null;
            for (int page = 0; page < MAX_PAGES; page++) {
                ObjectNode params = JsonNodeFactory.instance.objectNode();
                if (cursor != null) {
                    params.put("cursor", cursor);
                }
                JsonNode result = request(method, params);
                for (JsonNode item : result.path(field)) {
                    all.add(item);
                }
                cursor = DescriptorParser.text(result, "nextCursor");
                if (cursor == null) {
                    return all;
                }
            }
            throw failure(method + " still returned a nextCursor after " + MAX_PAGES + " pages");
        }

        private JsonNode request(String method, ObjectNode params) throws DescribeException {
            int id = nextId++;
            ObjectNode message = JsonNodeFactory.instance.objectNode();
            message.put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params);
            send(message);
            while (true) {
                String line = next(method);
                JsonNode response;
                try {
                    response = MAPPER.readTree(line);
                } catch (JacksonException e) {
                    throw failure("the server wrote something that is not JSON-RPC on stdout: " + abbreviate(line)
                            + "\n(stdout of a stdio server carries protocol messages only; log to stderr)");
                }
                if (response == null || !response.isObject()) {
                    throw failure("the server wrote a non-object on stdout: " + abbreviate(line));
                }
                if (response.has("method")) {
                    answerServerRequest(response);
                    continue;
                }
                if (response.path("id").asInt(-1) != id) {
                    continue;
                }
                if (response.has("error")) {
                    throw failure(method + " failed: " + response.get("error"));
                }
                return response.path("result");
            }
        }

        /** A request from the server (ping, roots/list...) gets an answer so it does not wait forever. */
        private void answerServerRequest(JsonNode message) throws DescribeException {
            if (!message.has("id")) {
                return;
            }
            ObjectNode reply = JsonNodeFactory.instance.objectNode();
            reply.put("jsonrpc", "2.0").set("id", message.get("id"));
            if ("ping".equals(DescriptorParser.text(message, "method"))) {
                reply.putObject("result");
            } else {
                reply.putObject("error").put("code", -32601).put("message", "not supported by mcp-maven-plugin");
            }
            send(reply);
        }

        private String next(String method) throws DescribeException {
            try {
                String line = lines.next(deadline);
                if (line == null && !lines.ended()) {
                    throw failure("no answer to " + method + " within " + command.timeout().toSeconds()
                            + " s (raise mcp.describeTimeout if it needs longer)");
                }
                if (line == null) {
                    int exit;
                    try {
                        process.waitFor(2, TimeUnit.SECONDS);
                        exit = process.isAlive() ? -1 : process.exitValue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        exit = -1;
                    }
                    throw failure("the server closed stdout before answering " + method
                            + (exit >= 0 ? " (exit " + exit + ")" : ""));
                }
                return line;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DescribeException("interrupted while describing the server", e);
            }
        }

        private void send(JsonNode message) throws DescribeException {
            try {
                stdin.write((MAPPER.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException e) {
                throw failure("cannot write to the server's stdin: " + e.getMessage());
            }
        }

        private ObjectNode notification(String method) {
            ObjectNode message = JsonNodeFactory.instance.objectNode();
            message.put("jsonrpc", "2.0").put("method", method);
            return message;
        }

        private DescribeException failure(String what) {
            String stderr = "";
            try {
                stderr = new String(Files.readAllBytes(err), StandardCharsets.UTF_8).strip();
            } catch (IOException ignored) {
                // nothing more to show
            }
            return new DescribeException("server failed the MCP handshake: " + what + (stderr.isEmpty() ? "" : "\n" + stderr));
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
