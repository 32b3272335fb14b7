package dev.mcpkit.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.setup.MainClassResolver;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/** Adapts a {@link MavenProject} to the command that starts its server from the build output. */
final class ProjectServerCommand {

    private ProjectServerCommand() {
    }

    /** {@code goal} ({@code mcp:install}...) is the one running, so the advice repeats what the user typed. */
    static ServerCommand of(MavenProject project, String mainClass, Path java, Duration timeout, String goal) {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes + " does not exist: compile first, e.g. mvn compile " + goal);
        }
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("runtime dependencies are not resolved", e);
        }
        Path jar = Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
        String main = MainClassResolver.resolve(mainClass, project.getProperties().getProperty("exec.mainClass"), jar);
        return new ServerCommand(java, classpath, main, Map.of(), project.getBasedir().toPath(), timeout);
    }

    /** Servers built on mcp-runtime answer {@code --describe}; others get a handshake. */
    static boolean hasMcpRuntime(MavenProject project) {
        for (Artifact artifact : project.getArtifacts()) {
            if ("dev.mcpkit".equals(artifact.getGroupId()) && "mcp-runtime".equals(artifact.getArtifactId())) {
                return true;
            }
        }
        return false;
    }
}
