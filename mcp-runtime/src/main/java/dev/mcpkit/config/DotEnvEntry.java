package dev.mcpkit.config;

/**
 * One assignment read from a {@code .env} file: its key, its value after unquoting and
 * {@code ${VAR}} expansion, and the lines it spans (a quoted value may span several).
 */
public record DotEnvEntry(String key, String value, int line, int endLine) {

    /** Leaves the value out: it may be a secret. */
    @Override
    public String toString() {
        return "DotEnvEntry[" + key + " at line " + line + "]";
    }
}
