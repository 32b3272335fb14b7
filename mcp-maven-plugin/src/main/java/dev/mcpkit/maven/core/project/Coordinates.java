package dev.mcpkit.maven.core.project;

/** The project's Maven coordinates and packaging ({@code jar}, {@code pom}...). */
public record Coordinates(String groupId, String artifactId, String version, String packaging) {

    public boolean isSnapshot() {
        return version != null && version.endsWith("-SNAPSHOT");
    }

    /** The version this one is released as: without {@code -SNAPSHOT}. */
    public String releaseVersion() {
        return isSnapshot() ? version.substring(0, version.length() - "-SNAPSHOT".length()) : version;
    }
}
