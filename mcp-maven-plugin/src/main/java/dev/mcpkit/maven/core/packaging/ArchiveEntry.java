package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One file in a jar, zip or tarball: its name inside the archive, its bytes, and whether it is executable
 * (mode 0755 in the zip and the tarball, else 0644).
 */
public record ArchiveEntry(String name, byte[] content, boolean executable) {

    /** The mode of directories in every archive, and of executable files. */
    static final int EXECUTABLE_MODE = 0755;

    public ArchiveEntry {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("..")) {
            throw new IllegalArgumentException("archive entry name '" + name + "' must be a relative path with '/'");
        }
    }

    public static ArchiveEntry of(String name, Path file) throws IOException {
        return new ArchiveEntry(name, Files.readAllBytes(file), Files.isExecutable(file) && !Files.isDirectory(file));
    }

    public ArchiveEntry under(String prefix) {
        return new ArchiveEntry(prefix + name, content, executable);
    }

    /** 0755 or 0644: the permission bits without the file type. */
    int mode() {
        return executable ? EXECUTABLE_MODE : 0644;
    }

    /** Receives an archive's entries in the order they are written. */
    interface Sink {
        void directory(String name) throws IOException;

        void file(ArchiveEntry entry) throws IOException;
    }

    /**
     * Gives each entry to {@code sink} in the given order, its parent directories ({@code a/}, {@code a/b/}) first
     * the first time they are needed, so that unpacking creates them with their mode; refuses a name given twice.
     */
    static void layOut(List<ArchiveEntry> entries, Sink sink) throws IOException {
        Set<String> written = new HashSet<>();
        for (ArchiveEntry entry : entries) {
            String name = entry.name();
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                String dir = name.substring(0, slash + 1);
                if (written.add(dir)) {
                    sink.directory(dir);
                }
            }
            if (!written.add(name)) {
                throw new IOException("duplicate archive entry " + name);
            }
            sink.file(entry);
        }
    }
}
