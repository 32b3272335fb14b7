package dev.mcpkit.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The method-name maps: one handler per MCP method the server answers, for a session opened with {@code initialize}
 * and for a stateless request (MCP 2026-07-28: no handshake, ping, log level or resource subscription of a session;
 * {@code server/discover} and {@code subscriptions/listen} instead). Handlers are stateless and shared.
 */
final class Handlers {

    static final Map<String, MethodHandler> BY_METHOD = create();
    static final Map<String, MethodHandler> STATELESS = stateless();

    private Handlers() {
    }

    private static Map<String, MethodHandler> create() {
        Map<String, MethodHandler> map = new HashMap<>();
        map.put("initialize", new InitializeHandler());
        map.put("ping", new PingHandler());
        map.put("tools/list", new ToolsListHandler());
        map.put("tools/call", new ToolsCallHandler());
        map.put("resources/list", new ResourcesListHandler(false));
        map.put("resources/templates/list", new ResourcesListHandler(true));
        map.put("resources/read", new ResourcesReadHandler());
        map.put("resources/subscribe", new SubscriptionHandler(true));
        map.put("resources/unsubscribe", new SubscriptionHandler(false));
        map.put("prompts/list", new PromptsListHandler());
        map.put("prompts/get", new PromptsGetHandler());
        map.put("completion/complete", new CompletionHandler());
        map.put("logging/setLevel", new SetLevelHandler());
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, MethodHandler> stateless() {
        Map<String, MethodHandler> map = new HashMap<>(BY_METHOD);
        for (String removed : new String[] {"initialize", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"}) {
            map.remove(removed);
        }
        map.put("server/discover", new DiscoverHandler());
        map.put("subscriptions/listen", new ListenHandler());
        return java.util.Collections.unmodifiableMap(map);
    }
}
