package dev.mcpkit.config;

/**
 * The terminal a person answers prompts on, for {@code --setup} and the last step of resolution.
 * {@link TerminalConsole} is the real one; tests script their answers.
 */
public interface SetupConsole {

    /** Shows {@code prompt} and reads one line; {@code null} at end of input. */
    String readLine(String prompt);

    /** Shows {@code prompt} and reads one line without echoing it; {@code null} at end of input. */
    char[] readSecret(String prompt);

    /** Prints one line. */
    void println(String line);
}
