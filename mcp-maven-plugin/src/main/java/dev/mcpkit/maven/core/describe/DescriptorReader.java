package dev.mcpkit.maven.core.describe;

import java.io.IOException;

import dev.mcpkit.maven.core.process.ProcessRun;

/** Runs {@code <server> --describe} in its own JVM and parses what it prints. */
public final class DescriptorReader {

    public ServerDescriptor read(ServerCommand command) throws DescribeException {
        ProcessRun.Result run;
        try {
            run = ProcessRun.run(command.processBuilder("--describe"), command.timeout());
        } catch (IOException e) {
            throw new DescribeException("cannot start " + command.java() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DescribeException("interrupted while describing the server", e);
        }
        String stderr = run.stderr().strip();
        if (run.timedOut()) {
            throw new DescribeException("server failed to describe itself: no answer within "
                    + command.timeout().toSeconds() + " s (raise mcp.describeTimeout if it needs longer)\n" + stderr);
        }
        if (run.exit() != 0) {
            throw new DescribeException("server failed to describe itself: exit " + run.exit() + "\n" + stderr);
        }
        try {
            return DescriptorParser.parse(run.stdout().strip());
        } catch (DescribeException e) {
            throw new DescribeException("server failed to describe itself: " + e.getMessage() + "\n" + stderr);
        }
    }
}
