package dev.mcpkit.maven.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.release.DeclaredRelease;
import dev.mcpkit.maven.core.release.JavaRelease;

/**
 * The server project as every goal and check sees it: read from Maven once, by the plugin's one adapter, and never
 * changed. Facts that can be wrong in the POM (the Java release, the main class) are kept as declared and decided on
 * request, so that {@code mcp:validate} can report a mistake that another goal fails on.
 *
 * @param layout            where the project's files and {@code mcp:package}'s output are
 * @param runtimeClasspath  the project's classes, then its run-time dependencies, in class-path order
 * @param mcpRuntime        whether the server is built on mcp-runtime (then it answers {@code --describe})
 * @param versions          every dependency and build plugin with the version the POMs declare for it
 * @param declaredRelease   what the POM says about the Java release
 * @param configuredRelease {@code mcp.javaRelease}, or null
 * @param buildJdk          the feature release of the JDK running the build: the release when nothing else says one
 * @param configuredMain    {@code mcp.mainClass}, or null
 * @param execMainClass     the {@code exec.mainClass} property, or null
 */
public record ServerProject(Coordinates coordinates, ProjectMetadata metadata, ProjectLayout layout, List<Path> runtimeClasspath,
                            boolean mcpRuntime, List<DeclaredVersion> versions, DeclaredRelease declaredRelease,
                            String configuredRelease, int buildJdk, String configuredMain, String execMainClass) {

    public ServerProject {
        runtimeClasspath = List.copyOf(runtimeClasspath);
        versions = List.copyOf(versions);
    }

    /**
     * The release the server needs: {@code mcp.javaRelease}, else what the POM declares, else the build's JDK.
     *
     * @throws IllegalArgumentException when the deciding value is not a release number
     */
    public JavaRelease javaRelease() {
        return JavaRelease.decide(configuredRelease, declaredRelease, buildJdk);
    }

    /**
     * {@code mcp.mainClass}, else {@code exec.mainClass}, else the built jar's {@code Main-Class}.
     *
     * @throws IllegalArgumentException naming how to declare one, when none is found
     */
    public String mainClass() {
        return MainClassResolver.resolve(configuredMain, execMainClass, layout.jar());
    }

    /** The main class, or null when none is declared. */
    public String declaredMainClass() {
        try {
            return mainClass();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The run-time dependency jars: the class path without the project's own classes directory. */
    public List<Path> dependencyJars() {
        return runtimeClasspath.stream().filter(Files::isRegularFile).toList();
    }
}
