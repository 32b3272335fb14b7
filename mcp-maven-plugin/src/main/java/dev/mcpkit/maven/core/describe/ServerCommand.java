package dev.mcpkit.maven.core.describe;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.project.ServerProject;

/**
 * How to start the server from the build output: {@code <java> -cp <classpath> <mainClass>}, with extra
 * environment and a bound on how long describing it may take.
 */
public record ServerCommand(Path java, List<Path> classpath, String mainClass, Map<String, String> environment,
                            Path workingDirectory, Duration timeout) {

    public ServerCommand {
        if (mainClass == null || mainClass.isBlank()) {
            throw new IllegalArgumentException("main class is missing");
        }
        classpath = List.copyOf(classpath);
        environment = Map.copyOf(environment);
    }

    /**
     * The command that runs the project's server from its compiled classes. {@code goal} ({@code mcp:install}...) is
     * the one running, so the advice repeats what the user typed.
     *
     * @throws IllegalArgumentException when nothing is compiled yet or no main class is declared
     */
    public static ServerCommand ofBuild(ServerProject project, Path java, Duration timeout, String goal) {
        Path classes = project.layout().classesDirectory();
        if (!Files.isDirectory(classes)) {
            throw new IllegalArgumentException(classes + " does not exist: compile first, e.g. mvn compile " + goal);
        }
        return new ServerCommand(java, project.runtimeClasspath(), project.mainClass(), Map.of(), project.layout().basedir(), timeout);
    }

    /** The JVM of the running build: its release is the one the build uses. */
    public static Path currentJava() {
        String exe = Platform.current() == Platform.WINDOWS ? "java.exe" : "java";
        return Path.of(System.getProperty("java.home"), "bin", exe);
    }

    public List<String> commandLine(String... args) {
        List<String> line = new ArrayList<>();
        line.add(java.toString());
        // the JVM itself must not write to stdout: it carries the protocol, and one stray line breaks the client
        line.add("-XX:+DisplayVMOutputToStderr");
        line.add("-Xlog:disable");
        line.add("-Xlog:all=warning:stderr");
        line.add("-cp");
        StringBuilder cp = new StringBuilder();
        for (Path p : classpath) {
            if (cp.length() > 0) {
                cp.append(File.pathSeparatorChar);
            }
            cp.append(p);
        }
        line.add(cp.toString());
        line.add(mainClass);
        line.addAll(List.of(args));
        return line;
    }

    ProcessBuilder processBuilder(String... args) {
        ProcessBuilder pb = new ProcessBuilder(commandLine(args));
        pb.environment().putAll(environment);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        return pb;
    }
}
