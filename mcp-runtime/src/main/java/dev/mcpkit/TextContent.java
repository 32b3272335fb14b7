package dev.mcpkit;

import java.util.Objects;

/** A block of text. */
public record TextContent(String text) implements Content {

    public TextContent {
        Objects.requireNonNull(text, "text");
    }
}
