package dev.mcpkit.config;

/** What a command did; {@code stdout} may hold a secret, so {@link #toString()} shows only sizes. */
public record CommandResult(int exitCode, String stdout, String stderr, boolean timedOut) {

    public static CommandResult timeout() {
        return new CommandResult(-1, "", "", true);
    }

    /** The first non-blank line of stderr, for one-line diagnostics. */
    public String firstErrorLine() {
        for (String line : stderr.split("\n", -1)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return "CommandResult[exit=" + exitCode + ", stdout=" + stdout.length() + " chars, stderr=" + stderr.length()
                + " chars" + (timedOut ? ", timed out" : "") + "]";
    }
}
