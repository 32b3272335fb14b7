package dev.mcpkit.model;

import java.util.Map;

/**
 * A resource with a fixed URI or a URI template.
 *
 * @param descriptor the resources/list or resources/templates/list entry
 * @param template the parsed template, or null for a fixed URI
 */
public record ResourceDefinition(String uri, String mimeType, Map<String, Object> descriptor,
                                 UriTemplate template, ContentReader reader) {

    public boolean isTemplate() {
        return template != null;
    }
}
