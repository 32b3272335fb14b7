package dev.mcpkit.maven.core.publish;

import java.nio.file.Path;
import java.util.Map;

import dev.mcpkit.maven.core.project.ServerProject;

/**
 * What {@code mcp:publish} is asked to do.
 *
 * @param configFile     the project's own JReleaser configuration laid over the built one; may be absent unless
 *                       {@code configRequired}
 * @param dryRun         produce, sign and checksum everything offline; touch nothing remote; check no precondition
 * @param environment    where credentials are read from (names are checked, values only masked)
 */
public record PublishRequest(ServerProject project, int javaRelease, String mainClass, Path configFile, boolean configRequired,
                             boolean dryRun, Map<String, String> environment) {

    public PublishRequest {
        environment = Map.copyOf(environment);
    }

    /** The configuration JReleaser runs with, as written for the run (never holding a credential). */
    public Path writtenConfig() {
        return project.layout().buildDirectory().resolve("jreleaser.json");
    }
}
