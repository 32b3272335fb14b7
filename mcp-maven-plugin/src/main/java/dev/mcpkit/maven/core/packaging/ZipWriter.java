package dev.mcpkit.maven.core.packaging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip (or jar) whose bytes depend only on its entries and one timestamp: entries in the given
 * order, parent directories first, every entry stamped with the same time in UTC (DOS time, no extra
 * fields), so two builds of the same sources give identical files.
 */
public final class ZipWriter {

    /** DOS time cannot express earlier instants. */
    private static final Instant DOS_EPOCH = Instant.parse("1980-01-01T00:00:02Z");

    private ZipWriter() {
    }

    public static void write(Path zip, List<ArchiveEntry> entries, Instant time) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
            write(out, entries, time);
        }
    }

    public static void write(OutputStream out, List<ArchiveEntry> entries, Instant time) throws IOException {
        LocalDateTime stamp = LocalDateTime.ofInstant(time.isBefore(DOS_EPOCH) ? DOS_EPOCH : time, ZoneOffset.UTC);
        Set<String> written = new LinkedHashSet<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (ArchiveEntry entry : entries) {
            String name = entry.name();
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                String dir = name.substring(0, slash + 1);
                if (written.add(dir)) {
                    ZipEntry d = new ZipEntry(dir);
                    d.setTimeLocal(stamp);
                    zip.putNextEntry(d);
                    zip.closeEntry();
                }
            }
            if (!written.add(name)) {
                throw new IOException("duplicate archive entry " + name);
            }
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(stamp);
            zip.putNextEntry(e);
            zip.write(entry.content());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
