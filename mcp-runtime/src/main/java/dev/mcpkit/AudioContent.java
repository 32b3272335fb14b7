package dev.mcpkit;

import java.util.Objects;

/** Audio as base64 {@code data} with its MIME type, e.g. {@code audio/wav}. */
public record AudioContent(String data, String mimeType) implements Content {

    public AudioContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
