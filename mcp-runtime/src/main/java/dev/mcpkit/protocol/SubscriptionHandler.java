package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;

/** {@code resources/subscribe} and {@code resources/unsubscribe}. */
final class SubscriptionHandler implements MethodHandler {

    private final boolean subscribe;

    SubscriptionHandler(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public Object handle(Exchange ex) {
        String uri = ex.requireString("uri");
        if (subscribe) {
            if (ex.session().model().findResource(uri) == null) {
                throw McpException.resourceNotFound(uri);
            }
            ex.session().subscribe(uri);
        } else {
            ex.session().unsubscribe(uri);
        }
        return Json.object();
    }
}
