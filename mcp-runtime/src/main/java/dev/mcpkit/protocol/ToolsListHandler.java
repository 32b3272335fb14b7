package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ToolDefinition;
import java.util.ArrayList;
import java.util.List;

/** {@code tools/list}. */
final class ToolsListHandler implements MethodHandler {

    @Override
    public Object handle(Exchange ex) {
        List<Object> items = new ArrayList<>();
        for (ToolDefinition t : ex.session().exposedTools()) {
            items.add(t.descriptor());
        }
        items.addAll(DynamicToolsets.descriptors(ex.session()));
        return Pages.page(items, ex, ex.session().options().pageSize(), "tools", Json.object());
    }
}
