package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;

/**
 * {@code resources/subscribe} and {@code resources/unsubscribe}. A session holds at most
 * {@link #MAX_SUBSCRIPTIONS} subscriptions of URIs up to {@link #MAX_URI_LENGTH} characters: each
 * is kept for the whole session, so without limits a client could fill the server's memory.
 */
final class SubscriptionHandler implements MethodHandler {

    static final int MAX_SUBSCRIPTIONS = 1000;
    static final int MAX_URI_LENGTH = 2048;

    private final boolean subscribe;

    SubscriptionHandler(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public Object handle(Exchange ex) {
        String uri = ex.requireString("uri");
        if (subscribe) {
            if (uri.length() > MAX_URI_LENGTH) {
                throw McpException.invalidParams("a subscribed URI may have at most " + MAX_URI_LENGTH + " characters; this one has "
                        + uri.length());
            }
            if (ex.session().model().findResource(uri) == null) {
                throw McpException.resourceNotFound(uri);
            }
            if (!ex.session().subscribe(uri)) {
                throw McpException.invalidParams("this session already holds the limit of " + MAX_SUBSCRIPTIONS
                        + " subscriptions; unsubscribe from some first");
            }
        } else {
            ex.session().unsubscribe(uri);
        }
        return Json.object();
    }
}
