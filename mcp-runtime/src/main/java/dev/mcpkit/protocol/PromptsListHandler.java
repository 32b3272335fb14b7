package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.PromptDefinition;
import java.util.ArrayList;
import java.util.List;

/** {@code prompts/list}. */
final class PromptsListHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        List<Object> items = new ArrayList<>();
        for (PromptDefinition p : ex.session().model().prompts()) {
            items.add(p.descriptor());
        }
        return Pages.page(items, ex, ex.session().options().pageSize(), "prompts", Json.object());
    }
}
