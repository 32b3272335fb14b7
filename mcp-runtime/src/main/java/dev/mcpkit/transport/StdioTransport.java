package dev.mcpkit.transport;

import dev.mcpkit.McpException;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.JsonRpc;
import dev.mcpkit.protocol.MessageSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * MCP over stdio: newline-delimited UTF-8 JSON-RPC on stdin/stdout. Lines longer than the limit
 * are skipped without being buffered whole and answered with -32600; bytes that are not UTF-8 are
 * answered with -32700. Writes are serialized so messages never interleave.
 */
public final class StdioTransport implements MessageSink {

    /** Default limit for one incoming message. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private final InputStream in;
    private final OutputStream out;
    private final int maxMessageBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean broken;

    public StdioTransport(InputStream in, OutputStream out, int maxMessageBytes) {
        this.in = in;
        this.out = out;
        this.maxMessageBytes = maxMessageBytes;
    }

    @Override
    public void send(String message) {
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (broken) {
                return;
            }
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                broken = true;  // the client is gone; keep draining quietly
                System.err.println("mcpkit: cannot write to stdout (" + e.getMessage() + "); the client has probably exited");
            }
        }
    }

    /** Reads messages until end of input and hands each to the dispatcher. */
    public void serve(Dispatcher dispatcher) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        byte[] line = new byte[8 * 1024];
        int lineLen = 0;
        boolean oversized = false;
        int n;
        while ((n = in.read(chunk)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    continue;
                }
                int part = i - start;
                if (!oversized && lineLen + part > maxMessageBytes) {
                    oversized = true;
                }
                if (oversized) {
                    tooLarge();
                } else {
                    if (lineLen == 0) {
                        deliver(dispatcher, chunk, start, part);
                    } else {
                        line = append(line, lineLen, chunk, start, part);
                        deliver(dispatcher, line, 0, lineLen + part);
                    }
                }
                lineLen = 0;
                oversized = false;
                start = i + 1;
            }
            int rest = n - start;
            if (rest > 0 && !oversized) {
                if (lineLen + rest > maxMessageBytes) {
                    oversized = true;
                    lineLen = 0;
                } else {
                    line = append(line, lineLen, chunk, start, rest);
                    lineLen += rest;
                }
            }
        }
        if (oversized) {
            tooLarge();
        } else if (lineLen > 0) {
            deliver(dispatcher, line, 0, lineLen);
        }
    }

    private static byte[] append(byte[] line, int lineLen, byte[] src, int from, int len) {
        if (lineLen + len > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, lineLen + len)];
            System.arraycopy(line, 0, bigger, 0, lineLen);
            line = bigger;
        }
        System.arraycopy(src, from, line, lineLen, len);
        return line;
    }

    private void deliver(Dispatcher dispatcher, byte[] buf, int off, int len) {
        if (len > 0 && buf[off + len - 1] == '\r') {
            len--;
        }
        if (isBlank(buf, off, len)) {
            return;
        }
        String text;
        if (isAscii(buf, off, len)) {
            text = new String(buf, off, len, StandardCharsets.ISO_8859_1);
        } else {
            try {
                CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buf, off, len));
                text = chars.toString();
            } catch (CharacterCodingException e) {
                send(JsonRpc.error(null, McpException.PARSE_ERROR, "Parse error: the message is not valid UTF-8", null));
                return;
            }
        }
        dispatcher.onMessage(text);
    }

    private void tooLarge() {
        send(JsonRpc.error(null, McpException.INVALID_REQUEST,
                "Invalid Request: message larger than " + maxMessageBytes + " bytes was skipped", null));
    }

    private static boolean isAscii(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(byte[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
