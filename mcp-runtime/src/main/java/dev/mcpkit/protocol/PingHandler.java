package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;

/** {@code ping}: answers at once with an empty result. */
final class PingHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        return Json.object();
    }
}
