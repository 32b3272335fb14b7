package dev.mcpkit.maven.core.packaging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes a zip (or jar) whose bytes depend only on its entries and one timestamp: entries in the given
 * order, parent directories first, every entry stamped with the same time in UTC (DOS time, no extra
 * fields), so two builds of the same sources give identical files. Every entry carries a Unix mode (0755
 * for directories and executables, 0644 otherwise), so {@code unzip} gives launchers their execute bit.
 */
public final class ZipWriter {

    /** DOS time cannot express earlier instants. */
    private static final Instant DOS_EPOCH = Instant.parse("1980-01-01T00:00:02Z");

    private ZipWriter() {
    }

    public static void write(Path zip, List<ArchiveEntry> entries, Instant time) throws IOException {
        write(zip, entries, time, true);
    }

    /**
     * A zip of files only, no directory entries: what the mcpb CLI packs, and what its {@code unpack} (2.1.2) can read;
     * it takes a directory entry for a file and fails.
     */
    public static void writeFilesOnly(Path zip, List<ArchiveEntry> entries, Instant time) throws IOException {
        write(zip, entries, time, false);
    }

    private static void write(Path zip, List<ArchiveEntry> entries, Instant time, boolean directories) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
            write(out, entries, time, directories);
        }
    }

    public static void write(OutputStream out, List<ArchiveEntry> entries, Instant time) throws IOException {
        write(out, entries, time, true);
    }

    private static void write(OutputStream out, List<ArchiveEntry> entries, Instant time, boolean directories) throws IOException {
        long stamp = dosStamp(time);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        ArchiveEntry.layOut(entries, new ArchiveEntry.Sink() {
            @Override
            public void directory(String name) throws IOException {
                if (directories) {
                    zip.putArchiveEntry(entry(name, UnixStat.DIR_FLAG | ArchiveEntry.EXECUTABLE_MODE, stamp));
                    zip.closeArchiveEntry();
                }
            }

            @Override
            public void file(ArchiveEntry entry) throws IOException {
                ZipArchiveEntry e = entry(entry.name(), UnixStat.FILE_FLAG | entry.mode(), stamp);
                e.setSize(entry.content().length);
                zip.putArchiveEntry(e);
                zip.write(entry.content());
                zip.closeArchiveEntry();
            }
        });
        zip.finish();
        zip.flush();
    }

    /** The mode carries the file type too (directory or regular file), as unzip and zipinfo expect. */
    private static ZipArchiveEntry entry(String name, int mode, long stamp) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(mode);
        e.setTime(stamp);
        return e;
    }

    /**
     * The instant whose local time on this machine reads as {@code time} in UTC: the zip library writes DOS
     * time in the default zone, so this keeps the bytes the same in every zone (but for a time inside this zone's
     * daylight-saving gap, which has no such instant and is written an hour later).
     */
    private static long dosStamp(Instant time) {
        LocalDateTime utc = LocalDateTime.ofInstant(time.isBefore(DOS_EPOCH) ? DOS_EPOCH : time, ZoneOffset.UTC);
        return utc.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
