package dev.mcpkit.model;

/**
 * Who the server is. {@code title}, {@code description} and {@code instructions} may be null.
 */
public record ServerIdentity(String name, String version, String title, String description, String instructions) {
}
