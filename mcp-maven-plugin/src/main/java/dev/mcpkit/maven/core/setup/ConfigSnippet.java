package dev.mcpkit.maven.core.setup;

import dev.mcpkit.maven.core.install.ConfigLocation;

/**
 * One client's configuration for the server: the text to paste, the file it belongs in on this platform,
 * an equivalent command line where the client has one ({@code claude mcp add}), warnings, and the name the snippet is
 * saved under among others ({@code <client id>.<json|yaml|toml>}).
 */
public record ConfigSnippet(String clientName, String text, ConfigLocation location, String command, java.util.List<String> warnings,
                            String fileName) {
}
