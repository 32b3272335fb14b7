package dev.mcpkit;

import java.util.Map;

/**
 * Code behind a tool registered with {@link ToolSpec}. Receives the validated arguments as JSON
 * values (Map, List, String, Long, Double, Boolean, null) and returns what an annotated tool
 * method may return: a String, a {@link Content}, a {@link ToolResult}, a record...
 */
@FunctionalInterface
public interface ToolHandler {

    Object call(Map<String, Object> arguments, RequestContext context) throws Exception;
}
