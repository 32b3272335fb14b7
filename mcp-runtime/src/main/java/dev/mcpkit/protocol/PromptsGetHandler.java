package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.model.PromptDefinition;
import dev.mcpkit.model.ResultMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code prompts/get}: -32602 for an unknown prompt or a missing required argument. */
final class PromptsGetHandler implements MethodHandler {

    @Override
    public boolean runsUserCode() {
        return true;
    }

    @Override
    public Object handle(Exchange ex) throws Exception {
        String name = ex.requireString("name");
        PromptDefinition prompt = ex.session().model().prompt(name);
        if (prompt == null) {
            throw McpException.invalidParams("Unknown prompt: " + name);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ex.optionalObject("arguments").entrySet()) {
            if (e.getValue() != null && !(e.getValue() instanceof String)) {
                throw McpException.invalidParams("argument '" + e.getKey() + "' of prompt '" + name + "' must be a string");
            }
            if (e.getValue() != null) {
                args.put(e.getKey(), (String) e.getValue());
            }
        }
        for (String required : prompt.requiredArguments()) {
            if (!args.containsKey(required)) {
                throw McpException.invalidParams("Missing required argument '" + required + "' for prompt '" + name + "'");
            }
        }
        Object value = UserCode.run(ex, "prompt " + name, new GetCall(prompt, args, new CallContext(ex)));
        Object description = prompt.descriptor().get("description");
        return ResultMapper.promptResult(value, description == null ? null : description.toString());
    }

    private static final class GetCall implements UserCode.Body {
        private final PromptDefinition prompt;
        private final Map<String, String> args;
        private final CallContext context;

        GetCall(PromptDefinition prompt, Map<String, String> args, CallContext context) {
            this.prompt = prompt;
            this.args = args;
            this.context = context;
        }

        @Override
        public Object run() throws Exception {
            return prompt.invoker().get(args, context);
        }
    }
}
