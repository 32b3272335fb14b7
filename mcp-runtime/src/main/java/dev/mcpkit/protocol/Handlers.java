package dev.mcpkit.protocol;

import java.util.HashMap;
import java.util.Map;

/** The method-name map: one handler per MCP method the server answers. Handlers are stateless and shared. */
final class Handlers {

    static final Map<String, MethodHandler> BY_METHOD = create();

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
}
