package dev.mcpkit;

import java.util.Objects;

/** A resource's contents embedded in a tool result or prompt message. */
public record EmbeddedResource(ResourceContents resource) implements Content {

    public EmbeddedResource {
        Objects.requireNonNull(resource, "resource");
    }
}
