package dev.mcpkit.model;

import dev.mcpkit.RequestContext;
import java.util.Map;

/** Produces a prompt's messages from its arguments. */
public interface PromptInvoker {

    Object get(Map<String, String> arguments, RequestContext context) throws Exception;
}
