package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ModelListener;
import dev.mcpkit.model.ServerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * {@code subscriptions/listen} (MCP 2026-07-28): the client names the notifications it wants (the tools, prompts or
 * resources list changed, or given resources were updated); the server acknowledges the ones it can send, then sends
 * each, tagged with the subscription's id, on the request's stream until the client cancels it (over HTTP: closes the
 * stream). The request is never answered; its thread waits until then.
 */
final class ListenHandler implements MethodHandler {

    @Override
    public boolean runsUserCode() {
        return true;   // it waits for the client to end it
    }

    @Override
    public Object handle(Exchange ex) throws InterruptedException {
        Map<String, Object> wanted = ex.optionalObject("notifications");
        ServerModel model = ex.session().model();
        Map<String, Object> honored = Json.object(
                "toolsListChanged", wanted.get("toolsListChanged") == Boolean.TRUE && model.hasTools() ? Boolean.TRUE : null,
                "promptsListChanged", wanted.get("promptsListChanged") == Boolean.TRUE && !model.prompts().isEmpty() ? Boolean.TRUE : null,
                "resourcesListChanged", wanted.get("resourcesListChanged") == Boolean.TRUE && hasResources(model) ? Boolean.TRUE : null);
        List<String> uris = new ArrayList<>();
        if (wanted.get("resourceSubscriptions") instanceof List && hasResources(model)) {
            for (Object uri : (List<?>) wanted.get("resourceSubscriptions")) {
                if (uri instanceof String && uris.size() < SubscriptionHandler.MAX_SUBSCRIPTIONS) {
                    uris.add((String) uri);
                }
            }
            honored.put("resourceSubscriptions", uris);
        }
        Subscription subscription = new Subscription(ex, honored, uris);
        ex.inFlight().runUntilCancelled();
        ex.session().notify("notifications/subscriptions/acknowledged",
                Json.object("_meta", subscription.tag(), "notifications", honored), ex.id());
        model.addListener(subscription);
        try {
            ex.inFlight().awaitCancel();
        } finally {
            model.removeListener(subscription);
        }
        throw new CancellationException("the client ended subscription " + ex.id());
    }

    private static boolean hasResources(ServerModel model) {
        return !model.resources().isEmpty() || !model.templates().isEmpty();
    }

    /** One listening request: sends what it acknowledged, tagged with its id. */
    private static final class Subscription implements ModelListener {
        private final Exchange exchange;
        private final Map<String, Object> honored;
        private final List<String> uris;

        Subscription(Exchange exchange, Map<String, Object> honored, List<String> uris) {
            this.exchange = exchange;
            this.honored = honored;
            this.uris = List.copyOf(uris);
        }

        Map<String, Object> tag() {
            return Json.object(RequestMeta.SUBSCRIPTION_ID, String.valueOf(exchange.id()));
        }

        @Override
        public void toolsChanged() {
            send("toolsListChanged", "notifications/tools/list_changed", Json.object("_meta", tag()));
        }

        @Override
        public void resourcesChanged() {
            send("resourcesListChanged", "notifications/resources/list_changed", Json.object("_meta", tag()));
        }

        @Override
        public void promptsChanged() {
            send("promptsListChanged", "notifications/prompts/list_changed", Json.object("_meta", tag()));
        }

        @Override
        public void resourceUpdated(String uri) {
            if (uris.contains(uri)) {
                exchange.session().notify("notifications/resources/updated", Json.object("uri", uri, "_meta", tag()), exchange.id());
            }
        }

        private void send(String flag, String method, Map<String, Object> params) {
            if (honored.get(flag) == Boolean.TRUE) {
                exchange.session().notify(method, params, exchange.id());
            }
        }
    }
}
