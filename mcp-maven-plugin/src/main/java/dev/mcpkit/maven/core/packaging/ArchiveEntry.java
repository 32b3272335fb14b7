package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file in a jar, zip or tarball: its name inside the archive, its bytes, and whether it is executable
 * (mode 0755 in the zip and the tarball, else 0644).
 */
public record ArchiveEntry(String name, byte[] content, boolean executable) {

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
}
