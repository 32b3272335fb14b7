package dev.mcpkit.config;

import java.nio.file.Path;

/** A malformed line in a {@code .env} file; names the file and line, never the value (it may be a secret). */
public final class DotEnvException extends ConfigException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public DotEnvException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
