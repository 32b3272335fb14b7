package dev.mcpkit;

import java.util.Objects;

/** An image as base64 {@code data} with its MIME type, e.g. {@code image/png}. */
public record ImageContent(String data, String mimeType) implements Content {

    public ImageContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
