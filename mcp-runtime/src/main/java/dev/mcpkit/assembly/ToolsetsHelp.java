package dev.mcpkit.assembly;

import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.model.ToolExposure;
import java.util.ArrayList;
import java.util.List;

/** The part of {@code --help} that says which tools {@code --toolsets} and {@code --read-only} choose from. */
final class ToolsetsHelp {

    private ToolsetsHelp() {
    }

    static String render(List<ToolDefinition> tools) {
        StringBuilder out = new StringBuilder();
        List<String> toolsets = ToolExposure.toolsetsOf(tools);
        if (!toolsets.isEmpty()) {
            out.append("Toolsets (--toolsets):\n");
            int width = toolsets.stream().mapToInt(String::length).max().orElse(0);
            for (String toolset : toolsets) {
                out.append("  ").append(toolset).append(" ".repeat(width - toolset.length() + 2))
                        .append(String.join(", ", names(tools, toolset, false))).append('\n');
            }
            List<String> always = names(tools, "", false);
            if (!always.isEmpty()) {
                out.append("  in no toolset, always exposed: ").append(String.join(", ", always)).append('\n');
            }
        }
        List<String> readOnly = names(tools, null, true);
        out.append("Read-only tools (--read-only keeps only these): ")
                .append(readOnly.isEmpty() ? "none" : String.join(", ", readOnly)).append("\n\n");
        return out.toString();
    }

    /** The names of the tools in {@code toolset} (null: any), only read-only ones when {@code readOnly}. */
    private static List<String> names(List<ToolDefinition> tools, String toolset, boolean readOnly) {
        List<String> names = new ArrayList<>();
        for (ToolDefinition t : tools) {
            if ((toolset == null || t.toolset().equals(toolset)) && (!readOnly || t.readOnly())) {
                names.add(t.name());
            }
        }
        return names;
    }
}
