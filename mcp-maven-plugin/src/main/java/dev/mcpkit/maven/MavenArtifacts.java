package dev.mcpkit.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * Artifacts resolved through the build's own repositories and settings (offline: the local repository only): the
 * adapter to Maven's resolver for the goals that need more than the project's dependencies.
 */
final class MavenArtifacts {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    /** The jar and its run-time dependencies, the jar first. */
    List<Path> runtimeClasspath(String groupId, String artifactId, String version) throws DependencyResolutionException {
        CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(groupId, artifactId, "jar", version), "runtime"),
                repositories);
        DependencyRequest request = new DependencyRequest(collect, (node, parents) -> node.getDependency() == null
                || !List.of("test", "provided", "system").contains(node.getDependency().getScope()));
        List<Path> classpath = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            classpath.add(result.getArtifact().getFile().toPath());
        }
        return classpath;
    }

    /** The newest release (not SNAPSHOT) below {@code version}, or null. */
    String newestReleaseBelow(String groupId, String artifactId, String version) throws VersionRangeResolutionException {
        Artifact range = new DefaultArtifact(groupId, artifactId, "jar", "[0," + version + ")");
        String best = null;
        for (Version v : system.resolveVersionRange(session, new VersionRangeRequest(range, repositories, null)).getVersions()) {
            if (!v.toString().endsWith("-SNAPSHOT")) {
                best = v.toString();   // ascending order: the last release wins
            }
        }
        return best;
    }
}
