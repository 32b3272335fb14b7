package dev.mcpkit.maven.core.packaging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip'ed POSIX ustar archive that keeps the executable bit of launchers. Written here rather than
 * through commons-compress (which mcp:validate reads archives with): ustar is a 512-byte header per file, and
 * owning it keeps the bytes reproducible (fixed order, time, owner).
 */
public final class TarGzWriter {

    private static final int BLOCK = 512;

    private TarGzWriter() {
    }

    public static void write(Path tarGz, List<ArchiveEntry> entries, Instant time) throws IOException {
        Files.createDirectories(tarGz.toAbsolutePath().getParent());
        long mtime = Math.max(0, time.getEpochSecond());
        // GZIPOutputStream writes a zero mtime and no file name: the header is the same on every build
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tarGz)), 64 * 1024)) {
            Set<String> dirs = new LinkedHashSet<>();
            for (ArchiveEntry entry : entries) {
                String name = entry.name();
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    String dir = name.substring(0, slash + 1);
                    if (dirs.add(dir)) {
                        out.write(header(dir, 0755, 0, mtime, '5'));
                    }
                }
                out.write(header(name, entry.executable() ? 0755 : 0644, entry.content().length, mtime, '0'));
                out.write(entry.content());
                int pad = (BLOCK - entry.content().length % BLOCK) % BLOCK;
                out.write(new byte[pad]);
            }
            out.write(new byte[2 * BLOCK]);
        }
    }

    static byte[] header(String name, int mode, long size, long mtime, char type) throws IOException {
        byte[] h = new byte[BLOCK];
        byte[] full = name.getBytes(StandardCharsets.UTF_8);
        String prefix = "";
        String base = name;
        if (full.length > 100) {
            // ustar splits long names at a '/' into prefix (155) and name (100)
            int cut = name.lastIndexOf('/', name.length() - 2);
            while (cut > 0 && (name.substring(cut + 1).getBytes(StandardCharsets.UTF_8).length > 100
                    || name.substring(0, cut).getBytes(StandardCharsets.UTF_8).length > 155)) {
                cut = name.lastIndexOf('/', cut - 1);
            }
            if (cut <= 0) {
                throw new IOException("path too long for a tar archive: " + name);
            }
            prefix = name.substring(0, cut);
            base = name.substring(cut + 1);
        }
        put(h, 0, 100, base.getBytes(StandardCharsets.UTF_8));
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        h[156] = (byte) type;
        put(h, 257, 6, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, 2, "00".getBytes(StandardCharsets.US_ASCII));
        put(h, 265, 32, "root".getBytes(StandardCharsets.US_ASCII));
        put(h, 297, 32, "root".getBytes(StandardCharsets.US_ASCII));
        put(h, 345, 155, prefix.getBytes(StandardCharsets.UTF_8));
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        return h;
    }

    private static void put(byte[] h, int at, int length, byte[] value) {
        System.arraycopy(value, 0, h, at, Math.min(length, value.length));
    }

    /** Zero-padded octal digits followed by NUL, as ustar wants. */
    private static void octal(byte[] h, int at, int length, long value) {
        String digits = Long.toOctalString(value);
        int width = length - 1;
        if (digits.length() > width) {
            throw new IllegalArgumentException("value too large for a tar header field: " + value);
        }
        String padded = "0".repeat(width - digits.length()) + digits;
        put(h, at, width, padded.getBytes(StandardCharsets.US_ASCII));
        h[at + width] = 0;
    }
}
