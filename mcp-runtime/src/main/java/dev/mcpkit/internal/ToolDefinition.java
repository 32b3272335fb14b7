package dev.mcpkit.internal;

import java.util.List;
import java.util.Map;

/**
 * A tool as the server knows it: the entry {@code tools/list} sends, how to validate its
 * arguments and how to run it.
 *
 * @param descriptor the tools/list entry (name, title, description, inputSchema, outputSchema, annotations)
 * @param settings keys of the settings the tool needs
 * @param structured whether results are sent as structuredContent (the tool has an outputSchema)
 */
public record ToolDefinition(String name, Map<String, Object> descriptor, ArgumentsValidator validator,
                             ToolInvoker invoker, List<String> settings, boolean structured) {
}
