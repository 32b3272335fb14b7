package dev.mcpkit.maven.core.packaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.mcpkit.maven.core.project.ServerProject;

/**
 * Everything {@code mcp:package} needs besides the server's description, as plain values: the project (its classes,
 * dependencies, documents, and {@code target/mcp} to write to) and the goal's options.
 *
 * @param timestamp    the time stamped on every archive entry ({@code project.build.outputTimestamp})
 * @param java         the java used for the training run and written into {@code java -jar} client configs
 * @param trainingRun  whether JDK 17/18 builds run the server once to write the start-up archive
 * @param jlink        whether to add a self-contained distribution with a jlink'ed runtime for the build platform
 */
public record PackageRequest(ServerProject project, String mainClass, JarLayout layout, Instant timestamp, int javaRelease,
                             List<String> jvmOptions, Path templates, Path java, boolean trainingRun, String registryName,
                             String registryDescription, String bundleUrl, boolean windows, boolean jlink) {

    public PackageRequest {
        jvmOptions = List.copyOf(jvmOptions);
    }

    Path basedir() {
        return project.layout().basedir();
    }

    Path classes() {
        return project.layout().classesDirectory();
    }

    List<Path> dependencies() {
        return project.dependencyJars();
    }

    Path outputDir() {
        return project.layout().mcpDirectory();
    }
}
