package dev.mcpkit;

/** A root the client exposes to the server (usually a directory), from {@code roots/list}; name may be null. */
public record Root(String uri, String name) {
}
