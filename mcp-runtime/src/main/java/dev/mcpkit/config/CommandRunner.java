package dev.mcpkit.config;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs an operating system command; the seam through which keychain backends are tested. */
public interface CommandRunner {

    /**
     * Runs {@code command}, writes {@code stdin} (may be {@code null}) to it and waits at most
     * {@code timeout}; a command still running then is killed and reported as timed out.
     *
     * @throws IOException when the command cannot be started (typically: not installed)
     */
    CommandResult run(List<String> command, String stdin, Duration timeout) throws IOException;
}
