package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.CompletionSource;
import dev.mcpkit.model.ServerModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code completion/complete}: suggestions for a prompt argument or template variable, at most 100. */
final class CompletionHandler implements MethodHandler {

    private static final int MAX_VALUES = 100;

    @Override
    public boolean runsUserCode() {
        return true;
    }

    @Override
    public Object handle(Exchange ex) throws Exception {
        ServerModel model = ex.session().model();
        if (!model.hasCompletions()) {
            throw McpException.methodNotFound("Method not found: completion/complete (this server offers no completions)");
        }
        Map<String, Object> ref = ex.optionalObject("ref");
        Map<String, Object> argument = ex.optionalObject("argument");
        if (!(argument.get("name") instanceof String)) {
            throw McpException.invalidParams("argument.name must be a string");
        }
        String argName = (String) argument.get("name");
        String value = argument.get("value") == null ? "" : String.valueOf(argument.get("value"));
        String refKey = refKey(model, ref);
        CompletionSource source = model.completion(refKey, argName);
        Map<String, String> context = new LinkedHashMap<>();
        Object ctx = ex.optionalObject("context").get("arguments");
        if (ctx instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) ctx).entrySet()) {
                context.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        }
        List<String> values = source == null ? List.of()
                : cast(UserCode.run(ex, "completion for " + argName, new CompleteCall(source, value, context)));
        boolean more = values.size() > MAX_VALUES;
        List<String> page = more ? values.subList(0, MAX_VALUES) : values;
        return Json.object("completion", Json.object("values", Json.array(page), "total", (long) values.size(),
                "hasMore", more));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    private static String refKey(ServerModel model, Map<String, Object> ref) {
        Object type = ref.get("type");
        if ("ref/prompt".equals(type) && ref.get("name") instanceof String) {
            String name = (String) ref.get("name");
            if (model.prompt(name) == null) {
                throw McpException.invalidParams("Unknown prompt: " + name);
            }
            return ServerModel.promptRef(name);
        }
        if ("ref/resource".equals(type) && ref.get("uri") instanceof String) {
            return ServerModel.resourceRef((String) ref.get("uri"));
        }
        throw McpException.invalidParams("ref must be {\"type\":\"ref/prompt\",\"name\":...} or {\"type\":\"ref/resource\",\"uri\":...}");
    }

    private static final class CompleteCall implements UserCode.Body {
        private final CompletionSource source;
        private final String prefix;
        private final Map<String, String> context;

        CompleteCall(CompletionSource source, String prefix, Map<String, String> context) {
            this.source = source;
            this.prefix = prefix;
            this.context = context;
        }

        @Override
        public Object run() throws Exception {
            return source.complete(prefix, context);
        }
    }
}
