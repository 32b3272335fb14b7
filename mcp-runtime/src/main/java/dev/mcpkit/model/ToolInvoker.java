package dev.mcpkit.model;

import dev.mcpkit.RequestContext;
import java.util.Map;

/** Runs a tool with validated arguments; returns what the tool returned (mapped by {@link ResultMapper}). */
public interface ToolInvoker {

    Object invoke(Map<String, Object> arguments, RequestContext context) throws Exception;
}
