package dev.mcpkit.maven.core.project;

/** The project's Maven coordinates and packaging ({@code jar}, {@code pom}...). */
public record Coordinates(String groupId, String artifactId, String version, String packaging) {

    public boolean isSnapshot() {
        return version != null && version.endsWith("-SNAPSHOT");
    }
}
