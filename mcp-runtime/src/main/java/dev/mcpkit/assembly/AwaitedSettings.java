package dev.mcpkit.assembly;

import dev.mcpkit.Caller;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.protocol.CallHooks;
import dev.mcpkit.protocol.Session;
import java.util.Map;

/** A serving session's hooks: each waits for the settings' first pass before it delegates to them. */
final class AwaitedSettings implements CallHooks {

    private final ServerAssembly assembly;
    private volatile ServerSettings settings;

    AwaitedSettings(ServerAssembly assembly) {
        this.assembly = assembly;
    }

    private ServerSettings settings() {
        ServerSettings s = settings;
        if (s == null) {
            s = assembly.awaitSettings();
            settings = s;
        }
        return s;
    }

    @Override
    public void initialized(Session session) {
        settings().initialized(session);
    }

    @Override
    public String missingRequirements(ToolDefinition tool) {
        return settings().missingRequirements(tool);
    }

    @Override
    public void toolCalled(Session session, Object requestId, Caller caller, String tool, Map<String, Object> arguments, String outcome,
                           long durationNanos) {
        settings().toolCalled(session, requestId, caller, tool, arguments, outcome, durationNanos);
    }

    @Override
    public String maskSecrets(String text) {
        return settings().maskSecrets(text);
    }

    @Override
    public void requestRejected(Session session, Object requestId, String method, int code, String message) {
        settings().requestRejected(session, requestId, method, code, message);
    }
}
