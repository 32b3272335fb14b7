package dev.mcpkit.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.DescriptorReader;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.MainClassResolver;
import dev.mcpkit.maven.core.validate.PreviousRelease;
import dev.mcpkit.maven.core.validate.PreviousReleaseSource;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Resolves the previous release of the project's own artifact through Maven (the newest release below the current
 * version, or the one named) with its run-time dependencies, and describes it with {@code --describe}. The session's
 * repositories and offline mode apply: offline, only the local repository is asked.
 */
final class PreviousReleases implements PreviousReleaseSource {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Coordinates project;

    PreviousReleases(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                     Coordinates project) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
        this.project = project;
    }

    @Override
    public PreviousRelease find(String wanted, Path java, String currentMain, Duration timeout) {
        String groupId = project.groupId();
        String artifactId = project.artifactId();
        String currentVersion = project.version();
        String version = wanted != null && !wanted.isBlank() ? wanted.trim() : newestBelow(groupId, artifactId, currentVersion);
        if (version == null) {
            return null;
        }
        List<Path> classpath = new ArrayList<>();
        try {
            CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(groupId, artifactId, "jar", version), "runtime"), repositories);
            DependencyRequest request = new DependencyRequest(collect, (node, parents) -> node.getDependency() == null
                    || !List.of("test", "provided", "system").contains(node.getDependency().getScope()));
            for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                classpath.add(result.getArtifact().getFile().toPath());
            }
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

    private String newestBelow(String groupId, String artifactId, String currentVersion) {
        Artifact range = new DefaultArtifact(groupId, artifactId, "jar", "[0," + currentVersion + ")");
        try {
            VersionRangeResult result = system.resolveVersionRange(session, new VersionRangeRequest(range, repositories, null));
            String best = null;
            for (Version v : result.getVersions()) {
                if (!v.toString().endsWith("-SNAPSHOT")) {
                    best = v.toString();   // ascending order: the last release wins
                }
            }
            return best;
        } catch (Exception e) {
            return null;
        }
    }

    private static String mainClassOf(Path jar, String fallback) {
        String main = MainClassResolver.ofJar(jar);
        return main == null ? fallback : main;
    }
}
