package dev.mcpkit.maven.core.describe;

/** Who the server says it is: the {@code server} object of {@code --describe} or {@code serverInfo} of initialize. */
public record ServerInfo(String name, String title, String version, String description, String instructions) {

    public ServerInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("server name is missing");
        }
    }
}
