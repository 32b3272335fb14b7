package dev.mcpkit;

import java.util.Base64;

/**
 * One block of a tool result or prompt message: text, an image, audio, an embedded resource or a
 * link to a resource. Create them with the static factories.
 */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {

    static TextContent text(String text) {
        return new TextContent(text);
    }

    /** An image; {@code bytes} are sent base64-encoded. */
    static ImageContent image(byte[] bytes, String mimeType) {
        return new ImageContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }

    /** Audio; {@code bytes} are sent base64-encoded. */
    static AudioContent audio(byte[] bytes, String mimeType) {
        return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }

    /** The contents of a resource, embedded in the result. */
    static EmbeddedResource resource(ResourceContents contents) {
        return new EmbeddedResource(contents);
    }

    /** A link to a resource the client may read later. */
    static ResourceLink link(String uri, String name) {
        return new ResourceLink(uri, name, null, null, null);
    }
}
