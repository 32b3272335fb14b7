package dev.mcpkit.maven.core.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The files inside a jar, zip, .mcpb or tar.gz, and inside the jars those carry, each located as
 * {@code archive!/entry!/inner entry}. Bytes already read through the same instance are not read again:
 * the jar's copies under target/mcp and in every distribution are one jar.
 */
public final class ArchiveContents {

    /** One file: where it is, its path inside the innermost archive, and its bytes ({@code null} past the size limit). */
    public record File(String location, String entry, byte[] bytes) {

        public String name() {
            return entry.substring(entry.lastIndexOf('/') + 1);
        }
    }

    private static final int MAX_NESTED_ARCHIVE = 512 * 1024 * 1024;

    private final int maxFileBytes;
    private final Set<String> read = new HashSet<>();

    /** {@code maxFileBytes} 0 reads names only (nested archives are still opened). */
    public ArchiveContents(int maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** Hands every file of {@code archive} to {@code visitor}, located under {@code location}. */
    public void read(Path archive, String location, Consumer<File> visitor) throws IOException {
        read(Files.readAllBytes(archive), archive.getFileName().toString(), location, visitor);
    }

    private void read(byte[] archive, String fileName, String location, Consumer<File> visitor) throws IOException {
        if (!read.add(SecretScanner.fingerprint(archive))) {
            return;
        }
        try (ArchiveInputStream<? extends ArchiveEntry> in = open(fileName, new ByteArrayInputStream(archive))) {
            for (ArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !in.canReadEntryData(e)) {
                    continue;
                }
                boolean nested = isNestedArchive(e.getName());
                byte[] bytes = readUpTo(in, nested ? MAX_NESTED_ARCHIVE : maxFileBytes);
                String where = location + "!/" + e.getName();
                if (nested && bytes != null && opens(bytes, e.getName(), where, visitor)) {
                    continue;
                }
                visitor.accept(new File(where, e.getName(), bytes));
            }
        }
    }

    /** A jar that does not open as one is handed over as a plain file. */
    private boolean opens(byte[] bytes, String fileName, String location, Consumer<File> visitor) {
        try {
            read(bytes, fileName, location, visitor);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(String fileName, InputStream in) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new TarArchiveInputStream(new GzipCompressorInputStream(in));
        }
        // jars written by a ZipOutputStream store entries with a data descriptor after them
        return new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true);
    }

    private static boolean isNestedArchive(String entry) {
        String name = entry.toLowerCase(Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }
}
