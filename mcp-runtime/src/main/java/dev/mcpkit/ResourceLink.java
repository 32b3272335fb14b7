package dev.mcpkit;

import java.util.Objects;

/** A link to a resource; {@code description}, {@code mimeType} and {@code title} may be null. */
public record ResourceLink(String uri, String name, String title, String description, String mimeType) implements Content {

    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
