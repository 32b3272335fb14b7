package dev.mcpkit.maven.core.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A build for the supervisor tests: each good run writes the next build number into the file the DevServer fixture
 * reads at start; while {@link #failWith} holds compiler output, a run fails with it.
 */
final class NumberedBuild implements DevSupervisor.Build {

    final Path versionFile;
    private final AtomicReference<String> failure = new AtomicReference<>();

    NumberedBuild(Path dir) throws IOException {
        versionFile = Files.writeString(dir.resolve("version.txt"), "1");
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
