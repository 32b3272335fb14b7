package dev.mcpkit.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into UTF-8 lines. Its position lives in fields, not on a thread's stack, so
 * the thread that reads can change between two lines (see {@link StdioTransport}). A line longer
 * than the limit is skipped as it streams by, never buffered whole. Not thread-safe: one reader at
 * a time, handed over with a happens-before edge.
 */
final class LineReader {

    /** Returned for a line over the size limit. Compare by identity. */
    static final String TOO_LARGE = new String("<too large>");
    /** Returned for a line that is not valid UTF-8. Compare by identity. */
    static final String MALFORMED = new String("<malformed UTF-8>");

    /** How much of a line over the limit is kept to read its id from. */
    static final int KEPT_PREFIX_BYTES = 16 * 1024;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[8 * 1024];
    private int lineLen;
    private boolean oversized;
    private boolean eof;
    private String rejected = "";
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next non-blank line without its line ending, {@link #TOO_LARGE}, {@link #MALFORMED}, or null at end of input. */
    String next() throws IOException {
        while (true) {
            for (int i = chunkPos; i < chunkEnd; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                int start = chunkPos;
                chunkPos = i + 1;
                String text = complete(chunk, start, i - start);
                if (text != null) {
                    return text;
                }
            }
            if (chunkPos < chunkEnd) {
                keep(chunkPos, chunkEnd - chunkPos);
            }
            chunkPos = 0;
            chunkEnd = 0;
            if (eof) {
                return null;
            }
            int n = in.read(chunk);
            if (n <= 0) {
                eof = true;
                if (oversized || lineLen > 0) {
                    String text = complete(chunk, 0, 0);
                    if (text != null) {
                        return text;
                    }
                }
                return null;
            }
            chunkEnd = n;
        }
    }

    /**
     * What was read of the last {@link #TOO_LARGE} line (its first bytes) or {@link #MALFORMED}
     * line, decoded with replacement characters: enough to find the id of the request it held.
     */
    String rejectedText() {
        return rejected;
    }

    /** Keeps the unfinished tail of a chunk for the next read. */
    private void keep(int from, int len) {
        if (oversized) {
            return;
        }
        if (lineLen + len > maxBytes) {
            rejected = keptPrefix(chunk, from, len);
            oversized = true;
            lineLen = 0;
            return;
        }
        if (lineLen + len > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, lineLen + len)];
            System.arraycopy(line, 0, bigger, 0, lineLen);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, lineLen, len);
        lineLen += len;
    }

    /** Ends the current line with these bytes; null when it is blank. */
    private String complete(byte[] buf, int off, int len) {
        if (oversized || lineLen + len > maxBytes) {
            if (!oversized) {
                rejected = keptPrefix(buf, off, len);
            }
            oversized = false;
            lineLen = 0;
            return TOO_LARGE;
        }
        byte[] src = buf;
        int from = off;
        int total = len;
        if (lineLen > 0) {
            keep(off, len);
            src = line;
            from = 0;
            total = lineLen;
            lineLen = 0;
        }
        if (total > 0 && src[from + total - 1] == '\r') {
            total--;
        }
        boolean ascii = true;
        boolean blank = true;
        for (int i = from; i < from + total; i++) {
            byte b = src[i];
            if (b < 0) {
                ascii = false;
                blank = false;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        if (blank) {
            return null;
        }
        if (ascii) {
            return new String(src, from, total, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(src, from, total)).toString();
        } catch (CharacterCodingException e) {
            rejected = new String(src, from, total, StandardCharsets.UTF_8);
            return MALFORMED;
        }
    }

    /** The first bytes of the line held so far followed by {@code buf}, decoded leniently. */
    private String keptPrefix(byte[] buf, int off, int len) {
        int fromLine = Math.min(lineLen, KEPT_PREFIX_BYTES);
        int fromBuf = Math.min(len, KEPT_PREFIX_BYTES - fromLine);
        byte[] kept = new byte[fromLine + fromBuf];
        System.arraycopy(line, 0, kept, 0, fromLine);
        System.arraycopy(buf, off, kept, fromLine, fromBuf);
        return new String(kept, StandardCharsets.UTF_8);
    }
}
