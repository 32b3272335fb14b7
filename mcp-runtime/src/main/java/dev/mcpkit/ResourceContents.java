package dev.mcpkit;

import java.util.Base64;

/** What a resource holds: text or a binary blob, with the URI it was read from. */
public sealed interface ResourceContents permits TextResourceContents, BlobResourceContents {

    String uri();

    String mimeType();

    static TextResourceContents text(String uri, String mimeType, String text) {
        return new TextResourceContents(uri, mimeType, text);
    }

    /** Binary contents; {@code bytes} are sent base64-encoded. */
    static BlobResourceContents blob(String uri, String mimeType, byte[] bytes) {
        return new BlobResourceContents(uri, mimeType, Base64.getEncoder().encodeToString(bytes));
    }
}
