package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.DescriptorReader;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.validate.PreviousRelease;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Finds the previous release of the project's own artifact in the local repository (the newest release below the
 * current version, or the one named) and describes it: its jar first on the class path, then the current
 * run-time dependencies, so a thin jar still finds mcp-runtime.
 */
final class PreviousReleases {

    private PreviousReleases() {
    }

    static PreviousRelease find(Path localRepository, String groupId, String artifactId, String currentVersion, String wanted,
                                Path java, List<Path> runtimeClasspath, String currentMain, Duration timeout) {
        Path dir = localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId);
        String version = wanted != null && !wanted.isBlank() ? wanted.trim() : newestBelow(dir, currentVersion);
        if (version == null) {
            return null;
        }
        Path jar = dir.resolve(version).resolve(artifactId + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            return new PreviousRelease(version, null, jar + " is not in the local repository");
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(jar);
        classpath.addAll(runtimeClasspath);
        String main = mainClassOf(jar, currentMain);
        try {
            ServerCommand command = new ServerCommand(java, classpath, main, Map.of(), jar.getParent(), timeout);
            return new PreviousRelease(version, new DescriptorReader().read(command), null);
        } catch (DescribeException | IllegalArgumentException e) {
            return new PreviousRelease(version, null, e.getMessage());
        }
    }

    private static String newestBelow(Path dir, String currentVersion) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        ComparableVersion current = new ComparableVersion(currentVersion);
        String best = null;
        try (Stream<Path> versions = Files.list(dir)) {
            for (Path v : versions.filter(Files::isDirectory).toList()) {
                String name = v.getFileName().toString();
                if (name.endsWith("-SNAPSHOT") || new ComparableVersion(name).compareTo(current) >= 0) {
                    continue;
                }
                if (best == null || new ComparableVersion(name).compareTo(new ComparableVersion(best)) > 0) {
                    best = name;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return best;
    }

    private static String mainClassOf(Path jar, String fallback) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String main = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Main-Class");
            return main == null || main.isBlank() ? fallback : main.trim();
        } catch (IOException e) {
            return fallback;
        }
    }
}
