package dev.mcpkit.maven.core.describe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs {@code <server> --describe} in its own JVM and parses what it prints. */
public final class DescriptorReader {

    public ServerDescriptor read(ServerCommand command) throws DescribeException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("mcp-describe", ".out");
            err = Files.createTempFile("mcp-describe", ".err");
            // files, not pipes: a chatty server cannot block on a full pipe while we wait for it
            Process process = command.processBuilder("--describe")
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new DescribeException("server failed to describe itself: no answer within "
                        + command.timeout().toSeconds() + " s (raise mcp.describeTimeout if it needs longer)\n"
                        + read(err));
            }
            int exit = process.exitValue();
            if (exit != 0) {
                throw new DescribeException("server failed to describe itself: exit " + exit + "\n" + read(err));
            }
            try {
                return DescriptorParser.parse(read(out));
            } catch (DescribeException e) {
                throw new DescribeException("server failed to describe itself: " + e.getMessage() + "\n" + read(err));
            }
        } catch (IOException e) {
            throw new DescribeException("cannot start " + command.java() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescribeException("interrupted while describing the server", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
