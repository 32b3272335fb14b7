package dev.mcpkit.maven.core.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.project.MainClassResolver;
import dev.mcpkit.maven.core.project.ProjectLayout;

/**
 * The most packaged form of the server there is, as a command line: the POSIX launcher from {@code mcp:package},
 * else its executable jar, else the project jar when it has a Main-Class, else {@code target/classes}.
 */
public record ArtifactCommand(List<String> commandLine, String description) {

    /** Null when there is nothing to run at all. */
    public static ArtifactCommand of(ProjectModel model) {
        ProjectLayout layout = model.layout();
        Path launcher = layout.posixLauncher(model.serverName());
        if (Platform.current() != Platform.WINDOWS && Files.isExecutable(launcher)) {
            return new ArtifactCommand(List.of(launcher.toString()), layout.relative(launcher));
        }
        List<Path> jars = new ArrayList<>(layout.packaged(".jar"));
        jars.add(layout.jar());
        for (Path jar : jars) {
            if (hasMainClass(jar)) {
                List<String> line = new ArrayList<>();
                line.add(model.launch().java().toString());
                line.addAll(LaunchSpecs.STDOUT_SAFE_JVM_FLAGS);
                line.add("-jar");
                line.add(jar.toString());
                return new ArtifactCommand(line, "java -jar " + layout.relative(jar));
            }
        }
        if (model.launch().classesCommand() != null) {
            return new ArtifactCommand(model.launch().classesCommand().commandLine(), "java -cp target/classes "
                    + model.launch().classesCommand().mainClass());
        }
        return null;
    }

    public List<String> with(String... args) {
        List<String> line = new ArrayList<>(commandLine);
        line.addAll(List.of(args));
        return line;
    }

    static boolean hasMainClass(Path jar) {
        return MainClassResolver.ofJar(jar) != null;
    }
}
