package dev.mcpkit.maven.core.describe;

import java.util.List;

/** A tool as listed by the server; {@code settings} names the settings it needs (mcp-runtime servers only). */
public record Tool(String name, String title, String description, JsonValue inputSchema, JsonValue outputSchema,
                   JsonValue annotations, List<String> settings) {

    public Tool {
        settings = List.copyOf(settings);
    }
}
