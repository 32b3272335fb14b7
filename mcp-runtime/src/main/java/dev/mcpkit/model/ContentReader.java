package dev.mcpkit.model;

import dev.mcpkit.RequestContext;
import java.util.Map;

/** Reads a resource: the concrete URI, the template variables bound from it (empty for fixed URIs). */
public interface ContentReader {

    Object read(String uri, Map<String, String> variables, RequestContext context) throws Exception;
}
