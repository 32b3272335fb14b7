package dev.mcpkit.maven.core.describe;

import java.util.List;

/**
 * A tool as listed by the server; {@code settings} names the settings it needs and {@code toolset} the toolset it
 * belongs to (mcp-runtime servers only; null for none).
 */
public record Tool(String name, String title, String description, JsonValue inputSchema, JsonValue outputSchema,
                   JsonValue annotations, List<String> settings, String toolset) {

    /** The key under which an mcp-runtime server names a tool's toolset in its tools/list {@code _meta}. */
    public static final String TOOLSET_META = "dev.mcpkit/toolset";

    public Tool {
        settings = List.copyOf(settings);
    }

    /** A tool in no toolset. */
    public Tool(String name, String title, String description, JsonValue inputSchema, JsonValue outputSchema,
                JsonValue annotations, List<String> settings) {
        this(name, title, description, inputSchema, outputSchema, annotations, settings, null);
    }

    /** Marked read-only ({@code readOnlyHint}). */
    public boolean readOnly() {
        return annotations.isPresent() && annotations.toNode().path("readOnlyHint").asBoolean(false);
    }
}
