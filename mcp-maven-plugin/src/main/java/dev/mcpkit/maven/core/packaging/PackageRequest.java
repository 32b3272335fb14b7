package dev.mcpkit.maven.core.packaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything {@code mcp:package} needs besides the server's description, as plain values.
 *
 * @param basedir      the project directory (README, LICENSE, .env.example are taken from there)
 * @param classes      the compiled classes
 * @param dependencies the runtime dependency jars, in class-path order
 * @param outputDir    {@code target/mcp}
 * @param timestamp    the time stamped on every archive entry ({@code project.build.outputTimestamp})
 * @param java         the java used for the training run and written into {@code java -jar} client configs
 * @param trainingRun  whether JDK 17/18 builds run the server once to write the start-up archive
 * @param jlink        whether to add a self-contained distribution with a jlink'ed runtime for the build platform
 */
public record PackageRequest(ProjectInfo project, Path basedir, Path classes, List<Path> dependencies, String mainClass,
                             Path outputDir, JarLayout layout, Instant timestamp, int javaRelease, List<String> jvmOptions,
                             Path templates, Path java, boolean trainingRun, String registryName,
                             String registryDescription, String bundleUrl, boolean windows, boolean jlink) {

    public PackageRequest {
        dependencies = List.copyOf(dependencies);
        jvmOptions = List.copyOf(jvmOptions);
    }
}
