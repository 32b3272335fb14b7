package dev.mcpkit;

import java.util.Objects;

/** Text contents of a resource; {@code mimeType} may be null. */
public record TextResourceContents(String uri, String mimeType, String text) implements ResourceContents {

    public TextResourceContents {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
    }
}
