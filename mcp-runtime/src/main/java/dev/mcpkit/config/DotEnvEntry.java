package dev.mcpkit.config;

/**
 * One assignment read from a {@code .env} file: its key, its value after unquoting and
 * {@code ${VAR}} expansion, and the lines it spans (a quoted value may span several).
 *
 * @param expanded the value took text from a {@code ${VAR}}: it may hold another variable's secret,
 *                 so it is treated as a secret whatever the setting it is assigned to
 */
public record DotEnvEntry(String key, String value, int line, int endLine, boolean expanded) {

    /** Leaves the value out: it may be a secret. */
    @Override
    public String toString() {
        return "DotEnvEntry[" + key + " at line " + line + "]";
    }
}
