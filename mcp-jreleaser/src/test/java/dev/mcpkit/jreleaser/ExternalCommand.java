package dev.mcpkit.jreleaser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real program (git, gpg, tar, sha256sum) run to completion, its output merged into one string. */
record ExternalCommand(int exitCode, String output) {

    static ExternalCommand run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in 60 s");
        }
        return new ExternalCommand(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Runs the command and fails with its output unless it exits 0. */
    static String succeed(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ExternalCommand result = run(directory, environment, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }
}
