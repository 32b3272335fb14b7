package dev.mcpkit.protocol;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.ResourceDefinition;
import java.util.ArrayList;
import java.util.List;

/** {@code resources/list} and {@code resources/templates/list}. */
final class ResourcesListHandler implements MethodHandler {

    private final boolean templates;

    ResourcesListHandler(boolean templates) {
        this.templates = templates;
    }

    @Override
    public Object handle(Exchange ex) {
        List<Object> items = new ArrayList<>();
        List<ResourceDefinition> defs = templates ? ex.session().model().templates() : ex.session().model().resources();
        for (ResourceDefinition r : defs) {
            items.add(r.descriptor());
        }
        return Pages.page(items, ex, ex.session().options().pageSize(), templates ? "resourceTemplates" : "resources",
                Json.object());
    }
}
