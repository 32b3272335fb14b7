package dev.mcpkit.model;

import java.util.List;
import java.util.Map;

/**
 * A prompt: the prompts/list entry, the names of its required arguments and how to render it.
 */
public record PromptDefinition(String name, Map<String, Object> descriptor, List<String> requiredArguments,
                               PromptInvoker invoker) {
}
