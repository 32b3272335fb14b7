package dev.mcpkit.maven.core.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a goal's machine-readable output (a client snippet, inspect's JSON) goes: the file {@code mcp.output} names,
 * written whole in UTF-8, or else stdout. Only the file is clean: Maven 3.8 wraps what a plugin prints in colour
 * codes and Maven 4 prefixes every line with {@code [INFO] [stdout]}, so {@code > file} cannot be relied on.
 */
public final class MachineOutput {

    private final Path file;
    private final PrintStream stdout;
    private final StringBuilder text = new StringBuilder();

    private MachineOutput(Path file, PrintStream stdout) {
        this.file = file;
        this.stdout = stdout;
    }

    /** To {@code output} (relative to {@code baseDir}) when it is given, else to {@code stdout}. */
    public static MachineOutput of(String output, Path baseDir, PrintStream stdout) {
        return new MachineOutput(output == null || output.isBlank() ? null : baseDir.resolve(output.trim()).toAbsolutePath(), stdout);
    }

    public boolean toFile() {
        return file != null;
    }

    public void print(String s) {
        if (file == null) {
            stdout.print(s);
            stdout.flush();
        } else {
            text.append(s);
        }
    }

    /** Writes the file, if there is one, and tells {@code log} where {@code what} went. */
    public void finish(String what, Consumer<String> log) throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        log.accept("Wrote " + what + " to " + file);
    }
}
