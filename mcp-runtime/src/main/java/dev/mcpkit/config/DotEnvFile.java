package dev.mcpkit.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignments of one {@code .env} file, in file order. When a key is assigned twice the later
 * assignment wins, as with the shell.
 */
public final class DotEnvFile {

    private final Path path;
    private final List<DotEnvEntry> entries;
    private final Map<String, DotEnvEntry> byKey;

    DotEnvFile(Path path, List<DotEnvEntry> entries) {
        this.path = path;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        this.byKey = new HashMap<>();
        for (DotEnvEntry entry : entries) {
            byKey.put(entry.key(), entry);
        }
    }

    /**
     * Reads and parses a file; {@code ${VAR}} falls back to {@code environment} for keys not
     * assigned earlier in the file. Returns {@code null} when the file does not exist.
     *
     * @throws DotEnvException for a malformed line
     * @throws IOException when the file exists but cannot be read
     */
    public static DotEnvFile read(Path path, Map<String, String> environment) throws IOException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        return parse(text, path, environment);
    }

    /** Parses text as if read from {@code path} (used in error messages). */
    public static DotEnvFile parse(String text, Path path, Map<String, String> environment) {
        return new DotEnvFile(path, new DotEnvParser(text, path, environment).parse());
    }

    public Path path() {
        return path;
    }

    public List<DotEnvEntry> entries() {
        return entries;
    }

    /** The winning assignment of a key, or {@code null}. */
    public DotEnvEntry get(String key) {
        return byKey.get(key);
    }
}
