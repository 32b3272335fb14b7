package dev.mcpkit.model;

import java.util.List;
import java.util.Map;

/** Suggests values for one prompt argument or template variable. */
public interface CompletionSource {

    List<String> complete(String prefix, Map<String, String> otherArguments) throws Exception;
}
