package dev.mcpkit.protocol;

import dev.mcpkit.LogLevel;
import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;

/** {@code logging/setLevel}: the lowest level of log notifications the client wants. */
final class SetLevelHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        String name = ex.requireString("level");
        LogLevel level = LogLevel.fromWireName(name);
        if (level == null) {
            throw McpException.invalidParams("invalid log level '" + name
                    + "': use debug, info, notice, warning, error, critical, alert or emergency");
        }
        ex.session().logLevel(level);
        return Json.object();
    }
}
