package dev.mcpkit.model;

import dev.mcpkit.RequestContext;
import java.util.Map;

/** Runs a tool with validated arguments; returns what the tool returned (mapped by {@link ResultMapper}). */
public interface ToolInvoker {

    Object invoke(Map<String, Object> arguments, RequestContext context) throws Exception;

    /**
     * Makes ready, without running the tool, what its first call would otherwise build in the caller's way
     * (for a method: the argument binder and the JDK's reflective accessor). Called on a background thread.
     */
    default void prepare() {
    }
}
