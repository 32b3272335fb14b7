package dev.mcpkit.assembly;

import dev.mcpkit.McpEngine;
import dev.mcpkit.McpServer;
import dev.mcpkit.json.Json;
import dev.mcpkit.protocol.ProtocolVersions;

/**
 * The runtime's {@link McpEngine}. {@link McpServer} creates it by this class's name, so keep the
 * name and the public no-argument constructor.
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
