package dev.mcpkit;

import java.util.Objects;

/** Binary contents of a resource as base64 {@code blob}; {@code mimeType} may be null. */
public record BlobResourceContents(String uri, String mimeType, String blob) implements ResourceContents {

    public BlobResourceContents {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(blob, "blob");
    }
}
