package dev.mcpkit.schema;

/**
 * A JSON value that cannot be turned into the Java type asked for (or back). The message starts with
 * the JSON pointer of the offending value, e.g. {@code /items/2/count: 3000000000 does not fit in int}.
 */
public final class BindingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public BindingException(String path, String problem) {
        this(path, problem, null);
    }

    public BindingException(String path, String problem, Throwable cause) {
        super(path.isEmpty() ? problem : path + ": " + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** JSON pointer of the offending value; empty for the value itself. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
