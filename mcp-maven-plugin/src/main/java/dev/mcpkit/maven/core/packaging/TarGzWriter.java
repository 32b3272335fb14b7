package dev.mcpkit.maven.core.packaging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * Writes a gzip'ed tar archive whose bytes depend only on its entries and one timestamp: entries in the given
 * order, parent directories first, every entry stamped with the same second and owned by root (0/0), launchers
 * 0755 and other files 0644. Names over 100 bytes or not ASCII get a POSIX (pax) header, which tar reads.
 */
public final class TarGzWriter {

    private TarGzWriter() {
    }

    public static void write(Path tarGz, List<ArchiveEntry> entries, Instant time) throws IOException {
        Files.createDirectories(tarGz.toAbsolutePath().getParent());
        FileTime mtime = FileTime.from(Instant.ofEpochSecond(Math.max(0, time.getEpochSecond())));
        // gzip's header would otherwise carry a time; without a file name either, it is the same on every build
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(0);
        gzip.setBufferSize(64 * 1024);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tarGz));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file, gzip),
                     StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            ArchiveEntry.layOut(entries, new ArchiveEntry.Sink() {
                @Override
                public void directory(String name) throws IOException {
                    tar.putArchiveEntry(entry(name, TarConstants.LF_DIR, ArchiveEntry.EXECUTABLE_MODE, mtime));
                    tar.closeArchiveEntry();
                }

                @Override
                public void file(ArchiveEntry entry) throws IOException {
                    TarArchiveEntry e = entry(entry.name(), TarConstants.LF_NORMAL, entry.mode(), mtime);
                    e.setSize(entry.content().length);
                    tar.putArchiveEntry(e);
                    tar.write(entry.content());
                    tar.closeArchiveEntry();
                }
            });
            tar.finish();
        }
    }

    /**
     * The mode is the permission bits alone, as GNU tar writes it (the type is in the entry's flag); owner and
     * group are set because a new entry carries the name of the user running the build.
     */
    private static TarArchiveEntry entry(String name, byte type, int mode, FileTime mtime) {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setMode(mode);
        e.setIds(0, 0);
        e.setUserName("root");
        e.setGroupName("root");
        e.setModTime(mtime);
        return e;
    }
}
