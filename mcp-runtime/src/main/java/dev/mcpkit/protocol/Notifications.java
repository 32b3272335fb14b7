package dev.mcpkit.protocol;

import java.util.Map;

/** Effects of the notifications a client sends; unknown notifications are ignored, as JSON-RPC requires. */
final class Notifications {

    private Notifications() {
    }

    static void handle(Dispatcher dispatcher, String method, Map<String, Object> params) {
        if ("notifications/cancelled".equals(method)) {
            Object requestId = params.get("requestId");
            if (JsonRpc.isValidId(requestId)) {
                dispatcher.cancel(requestId);
            }
        }
        // notifications/initialized, notifications/roots/list_changed, notifications/progress: nothing to do
    }
}
