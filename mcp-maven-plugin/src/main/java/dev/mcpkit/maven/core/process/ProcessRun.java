package dev.mcpkit.maven.core.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.mcpkit.maven.core.process.Platform;

/**
 * Runs a command to completion with a time limit, stdin empty; output goes to files so a chatty
 * process never blocks on a full pipe while it is waited for.
 */
public final class ProcessRun {

    /** What a finished (or killed) process left behind. */
    public record Result(int exit, String stdout, String stderr, boolean timedOut) {
    }

    private ProcessRun() {
    }

    /**
     * @param environment the whole environment when {@code clean}, else additions to this process's environment
     */
    public static Result run(List<String> command, Map<String, String> environment, boolean clean, Path directory,
                             Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (clean) {
            pb.environment().clear();
        }
        pb.environment().putAll(environment);
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        return run(pb, timeout);
    }

    /** Runs {@code pb} as it is set up; a process still running after {@code timeout} is killed with its children. */
    public static Result run(ProcessBuilder pb, Duration timeout) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mcp-run", ".out");
        Path err = Files.createTempFile("mcp-run", ".err");
        try {
            Process p = pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            return new Result(done ? p.exitValue() : -1, read(out), read(err), !done);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static File nullDevice() {
        return new File(Platform.current() == Platform.WINDOWS ? "NUL" : "/dev/null");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
