package dev.mcpkit.maven.core.run;

import java.io.IOException;
import java.util.List;

import dev.mcpkit.maven.core.describe.ServerCommand;

/**
 * What {@code mcp:run} does: starts the server from the build output with this process's stdin, stdout and
 * stderr, so it can be piped ({@code mvn -q mcp:run < requests.jsonl}), and waits for it.
 */
public final class ServerRunner {

    private ServerRunner() {
    }

    /** Runs the server until it exits; returns its exit code. */
    public static int run(ServerCommand command, List<String> args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command.commandLine(args.toArray(new String[0]))).inheritIO();
        pb.environment().putAll(command.environment());
        if (command.workingDirectory() != null) {
            pb.directory(command.workingDirectory().toFile());
        }
        Process process = pb.start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
