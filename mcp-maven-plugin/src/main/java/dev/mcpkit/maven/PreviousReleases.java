package dev.mcpkit.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.DescriptorReader;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.MainClassResolver;
import dev.mcpkit.maven.core.validate.PreviousRelease;
import dev.mcpkit.maven.core.validate.PreviousReleaseSource;

/**
 * Resolves the previous release of the project's own artifact through Maven (the newest release below the current
 * version, or the one named) with its run-time dependencies, and describes it with {@code --describe}. The session's
 * repositories and offline mode apply: offline, only the local repository is asked.
 */
final class PreviousReleases implements PreviousReleaseSource {

    private final MavenArtifacts artifacts;
    private final Coordinates project;

    PreviousReleases(MavenArtifacts artifacts, Coordinates project) {
        this.artifacts = artifacts;
        this.project = project;
    }

    @Override
    public PreviousRelease find(String wanted, Path java, String currentMain, Duration timeout) {
        String groupId = project.groupId();
        String artifactId = project.artifactId();
        String version = wanted != null && !wanted.isBlank() ? wanted.trim() : newestBelow(project);
        if (version == null) {
            return null;
        }
        List<Path> classpath;
        try {
            classpath = artifacts.runtimeClasspath(groupId, artifactId, version);
        } catch (Exception e) {
            return new PreviousRelease(version, null, "cannot resolve " + groupId + ":" + artifactId + ":" + version + ": " + e.getMessage());
        }
        Path jar = classpath.get(0);
        try {
            ServerCommand command = new ServerCommand(java, classpath, mainClassOf(jar, currentMain), Map.of(), jar.getParent(), timeout);
            return new PreviousRelease(version, new DescriptorReader().read(command), null);
        } catch (DescribeException | IllegalArgumentException e) {
            return new PreviousRelease(version, null, e.getMessage());
        }
    }

    private String newestBelow(Coordinates c) {
        try {
            return artifacts.newestReleaseBelow(c.groupId(), c.artifactId(), c.version());
        } catch (Exception e) {
            return null;   // no repository answers: there is nothing to compare with
        }
    }

    private static String mainClassOf(Path jar, String fallback) {
        String main = MainClassResolver.ofJar(jar);
        return main == null ? fallback : main;
    }
}
