package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ServerIdentity;
import java.util.Map;

/**
 * {@code server/discover} (MCP 2026-07-28): the protocol versions served (the stateless one, and those a client
 * negotiates with {@code initialize}), the capabilities and the instructions. The server's name and version go in the
 * result's {@code _meta}, as on every stateless result ({@link StatelessResults}).
 */
final class DiscoverHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        ServerIdentity id = ex.session().model().identity();
        Map<String, Object> result = Json.object("supportedVersions", ProtocolVersions.ALL,
                "capabilities", InitializeHandler.capabilities(ex.session().model()));
        if (id.instructions() != null && !id.instructions().isEmpty()) {
            result.put("instructions", id.instructions());
        }
        return result;
    }
}
