package dev.mcpkit.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as child processes with a bounded wait. A keychain tool that waits for an unlock
 * prompt nobody will answer is killed (with its children) when the time is up, so start-up never hangs.
 *
 * <p>Output stays in pipes (a looked-up secret must never touch a temporary file) and is read
 * after the command exits, taking only what is buffered: a grandchild that inherited the pipe
 * cannot block the read. Keychain tools print a few hundred bytes at most; a command that fills
 * the pipe buffer blocks, runs into the time limit and is reported as timed out.
 */
public final class ProcessCommandRunner implements CommandRunner {

    @Override
    public CommandResult run(List<String> command, String stdin, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The command exited without reading its input; its exit code tells the rest.
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        try {
            if (!finished) {
                kill(process);
                return CommandResult.timeout();
            }
            return new CommandResult(process.exitValue(), buffered(process.getInputStream()),
                    buffered(process.getErrorStream()), false);
        } finally {
            process.getInputStream().close();
            process.getErrorStream().close();
        }
    }

    private static void kill(Process process) {
        Iterator<ProcessHandle> children = process.descendants().iterator();
        while (children.hasNext()) {
            children.next().destroyForcibly();
        }
        process.destroyForcibly();
    }

    private static String buffered(InputStream stream) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int available;
        while ((available = stream.available()) > 0) {
            int n = stream.read(buffer, 0, Math.min(available, buffer.length));
            if (n < 0) {
                break;
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
