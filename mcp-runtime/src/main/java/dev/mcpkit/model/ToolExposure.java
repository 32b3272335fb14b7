package dev.mcpkit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tools clients see, as whoever runs the server chose: only the tools of some toolsets (a tool without a toolset
 * is always seen), only read-only tools, and whether a client may enable more toolsets while it is connected.
 *
 * @param toolsets the toolsets exposed, or {@code null} for all of them
 * @param readOnly only tools marked read-only
 * @param dynamic  a client may list and enable toolsets at run time
 */
public record ToolExposure(Set<String> toolsets, boolean readOnly, boolean dynamic) {

    /** Every tool, as a server does unless told otherwise. */
    public static final ToolExposure ALL = new ToolExposure(null, false, false);

    /** The key of a tool's {@code _meta} in tools/list that names its toolset, so clients and inspectors can show it. */
    public static final String TOOLSET_META = "dev.mcpkit/toolset";

    /** The word that names every toolset in {@code --toolsets}. */
    public static final String EVERY_TOOLSET = "all";

    public ToolExposure {
        toolsets = toolsets == null ? null : Set.copyOf(toolsets);
    }

    /** Whether clients see {@code tool}. */
    public boolean exposes(ToolDefinition tool) {
        return (!readOnly || tool.readOnly()) && isEnabled(tool.toolset());
    }

    /** Whether the toolset's tools are seen (the read-only rule aside); {@code ""}, no toolset, always is. */
    public boolean isEnabled(String toolset) {
        return toolsets == null || toolset.isEmpty() || toolsets.contains(toolset);
    }

    /** This exposure with {@code toolset} enabled too. */
    public ToolExposure enable(String toolset) {
        if (toolsets == null || toolsets.contains(toolset)) {
            return this;
        }
        Set<String> more = new TreeSet<>(toolsets);
        more.add(toolset);
        return new ToolExposure(more, readOnly, dynamic);
    }

    /** The tools of {@code all} that clients see, in their order. */
    public List<ToolDefinition> filter(Collection<ToolDefinition> all) {
        List<ToolDefinition> seen = new ArrayList<>(all.size());
        for (ToolDefinition t : all) {
            if (exposes(t)) {
                seen.add(t);
            }
        }
        return seen;
    }

    /** The {@code _meta} of a tool in {@code toolset}. */
    public static Map<String, Object> toolsetMeta(String toolset) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put(TOOLSET_META, toolset);
        return meta;
    }

    /** The toolsets that {@code tools} belong to, sorted. */
    public static List<String> toolsetsOf(Collection<ToolDefinition> tools) {
        Set<String> names = new TreeSet<>();
        for (ToolDefinition t : tools) {
            if (!t.toolset().isEmpty()) {
                names.add(t.toolset());
            }
        }
        return new ArrayList<>(names);
    }
}
