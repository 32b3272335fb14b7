package dev.mcpkit.maven.core.dev;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.fixtures.DevServer;

/**
 * A build for the supervisor tests: each good run writes the next build number into the file the DevServer fixture
 * reads at start; while {@link #failWith} holds compiler output, a run fails with it.
 */
final class NumberedBuild implements DevSupervisor.Build {

    private final Path versionFile;
    private final AtomicReference<String> failure = new AtomicReference<>();

    NumberedBuild(Path dir) throws IOException {
        versionFile = Files.writeString(dir.resolve("version.txt"), "1");
    }

    /** The DevServer fixture on this JVM's class path, serving the number of the build that made it. */
    ProcessBuilder server() {
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        ServerCommand command = new ServerCommand(ServerCommand.currentJava(), classpath, DevServer.class.getName(),
                Map.of("DEV_VERSION_FILE", versionFile.toString()), null, Duration.ofSeconds(60));
        ProcessBuilder server = new ProcessBuilder(command.commandLine());
        server.environment().putAll(command.environment());
        return server;
    }

    void failWith(String compilerOutput) {
        failure.set(compilerOutput);
    }

    @Override
    public String run() throws IOException {
        if (failure.get() != null) {
            return failure.get();
        }
        Files.writeString(versionFile, String.valueOf(Integer.parseInt(Files.readString(versionFile).strip()) + 1));
        return null;
    }
}
