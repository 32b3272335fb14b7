package dev.mcpkit.maven.core.clients;

/** An existing configuration file could not be read; carries where (1-based line and column, -1 if unknown). */
public class MalformedConfigException extends Exception {

    private final String problem;
    private final int line;
    private final int column;

    public MalformedConfigException(String problem, int line, int column) {
        super(problem + (line > 0 ? " (line " + line + ", column " + column + ")" : ""));
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public String problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
