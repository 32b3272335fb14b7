package dev.mcpkit.maven.core.describe;

/** A concrete resource ({@code uri}) or a resource template ({@code uriTemplate}), as listed by the server. */
public record Resource(String uri, String name, String title, String description, String mimeType) {
}
