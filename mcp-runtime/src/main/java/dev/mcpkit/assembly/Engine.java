package dev.mcpkit.assembly;

import dev.mcpkit.McpEngine;
import dev.mcpkit.McpServer;
import dev.mcpkit.json.Json;
import dev.mcpkit.protocol.ProtocolVersions;

/**
 * The runtime's {@link McpEngine}: what {@link McpServer} and {@code McpTestClient} find with
 * ServiceLoader (META-INF/services on the class path, {@code provides} on the module path).
 */
public final class Engine implements McpEngine {

    @Override
    public McpEngine.Server attach(McpServer server) {
        return new AttachedServer(server);
    }

    @Override
    public String latestProtocolVersion() {
        return ProtocolVersions.LATEST;
    }

    @Override
    public String writeJson(Object value) {
        return Json.write(value);
    }

    @Override
    public Object readJson(String json) {
        return Json.parse(json);
    }
}
