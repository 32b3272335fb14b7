package dev.mcpkit.assembly;

import dev.mcpkit.json.Json;
import dev.mcpkit.model.PromptDefinition;
import dev.mcpkit.model.ResourceDefinition;
import dev.mcpkit.model.ServerIdentity;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.model.ToolExposure;
import dev.mcpkit.protocol.ProtocolVersions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --describe} document (describeVersion 1; schema in docs/describe-schema.json). */
public final class ServerDescription {

    public static final int VERSION = 1;

    private ServerDescription() {
    }

    public static Map<String, Object> of(ServerModel model, List<Map<String, Object>> settings) {
        return of(model, ToolExposure.ALL, settings);
    }

    /**
     * The document of the tools {@code exposure} lets clients see; when that is not every tool, an {@code exposure}
     * entry says which rule applies.
     */
    public static Map<String, Object> of(ServerModel model, ToolExposure exposure, List<Map<String, Object>> settings) {
        ServerIdentity id = model.identity();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("describeVersion", (long) VERSION);
        doc.put("server", Json.object("name", id.name(), "title", id.title(), "version", id.version(),
                "description", id.description(), "instructions", id.instructions()));
        doc.put("protocolVersions", new ArrayList<Object>(ProtocolVersions.ALL));
        List<Object> tools = new ArrayList<>();
        for (ToolDefinition t : exposure.filter(model.tools())) {
            Map<String, Object> entry = new LinkedHashMap<>(t.descriptor());
            entry.put("settings", new ArrayList<Object>(t.settings()));
            if (!t.toolset().isEmpty()) {
                entry.put("toolset", t.toolset());
            }
            tools.add(entry);
        }
        doc.put("tools", tools);
        if (!exposure.equals(ToolExposure.ALL)) {
            Map<String, Object> rule = new LinkedHashMap<>();
            if (exposure.toolsets() != null) {
                rule.put("toolsets", new ArrayList<Object>(new java.util.TreeSet<>(exposure.toolsets())));
            }
            rule.put("readOnly", exposure.readOnly());
            rule.put("dynamic", exposure.dynamic());
            doc.put("exposure", rule);
        }
        doc.put("resources", descriptors(model.resources()));
        doc.put("resourceTemplates", descriptors(model.templates()));
        List<Object> prompts = new ArrayList<>();
        for (PromptDefinition p : model.prompts()) {
            prompts.add(p.descriptor());
        }
        doc.put("prompts", prompts);
        doc.put("settings", new ArrayList<Object>(settings));
        return doc;
    }

    private static List<Object> descriptors(List<ResourceDefinition> defs) {
        List<Object> out = new ArrayList<>();
        for (ResourceDefinition r : defs) {
            out.add(r.descriptor());
        }
        return out;
    }
}
