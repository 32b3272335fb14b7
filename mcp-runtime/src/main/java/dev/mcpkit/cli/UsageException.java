package dev.mcpkit.cli;

/** A command-line mistake: reported with the usage on stderr, exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
