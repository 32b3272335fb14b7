package dev.mcpkit.transport;

import dev.mcpkit.McpException;
import dev.mcpkit.protocol.CallExecutor;
import dev.mcpkit.protocol.Dispatcher;
import dev.mcpkit.protocol.MessageSink;
import dev.mcpkit.protocol.StopServing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * MCP over stdio: newline-delimited UTF-8 JSON-RPC on stdin/stdout. Lines longer than the limit
 * are skipped without being buffered whole and answered with -32600; bytes that are not UTF-8 are
 * answered with -32700 (both with the request's id when it can be read from what was kept). Writes
 * are serialized so messages never interleave. Calls, and the parsing of large messages, run on the
 * reading thread until they take long, then reading moves to a new thread ({@link ReaderHandoff}).
 * Serving ends at end of input, when stdout breaks, or on a {@link StopServing}; nothing else.
 */
public final class StdioTransport implements MessageSink {

    /** Default limit for one incoming message. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    /** Lines longer than this are parsed under the hand-off, so a huge message cannot hold up ping or cancel. */
    static final int PARSE_APART_CHARS = 64 * 1024;

    /** Longer answers are encoded through a buffer of their own, which is not kept. */
    private static final int MAX_REUSED_CHARS = 256 * 1024;

    private final LineReader reader;
    private final OutputStream out;
    private final int maxMessageBytes;
    private final ReaderHandoff handoff = new ReaderHandoff(new ReadLoop());
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Dispatcher dispatcher;
    private volatile IOException failure;
    private volatile RuntimeException fatal;
    private volatile boolean broken;
    private byte[] buffer = new byte[16 * 1024];   // guarded by this
    private char[] chars = new char[16 * 1024];    // guarded by this: the message being encoded
    private final Object apart = new Object();
    private int handlingApart;   // guarded by apart: large messages being handled under the hand-off

    public StdioTransport(InputStream in, OutputStream out, int maxMessageBytes) {
        this.reader = new LineReader(in, maxMessageBytes);
        this.out = out;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** How calls are run on this transport; give it to the {@link Dispatcher}. */
    public CallExecutor executor() {
        return handoff;
    }

    @Override
    public void send(CharSequence message) {
        synchronized (this) {
            if (broken) {
                return;
            }
            try {
                int n = encode(message);
                out.write(buffer, 0, n);
                out.flush();
            } catch (IOException e) {
                broken = true;  // the client is gone: reading stops after this message
                System.err.println("mcpkit: cannot write to stdout (" + e.getMessage() + "); the client has probably exited");
            }
        }
    }

    /**
     * Encodes the message and its newline into the reused buffer; returns the length. The characters are copied out
     * in bulk and encoded from an array, with no call and no allocation per message (ASCII; anything else goes
     * through the JDK's encoder).
     */
    private int encode(CharSequence message) {
        int len = message.length();
        if (len > chars.length && len <= MAX_REUSED_CHARS) {
            chars = new char[len];
        }
        char[] src = len <= chars.length ? chars : new char[len];   // a longer answer's copy is not kept
        if (message instanceof StringBuilder) {
            ((StringBuilder) message).getChars(0, len, src, 0);
        } else {
            message.toString().getChars(0, len, src, 0);
        }
        if (buffer.length < len + 1) {
            buffer = new byte[Math.max(len + 1, buffer.length * 2)];
        }
        byte[] out = buffer;
        for (int i = 0; i < len; i++) {
            char c = src[i];
            if (c >= 0x80) {
                return encodeUtf8(message);
            }
            out[i] = (byte) c;
        }
        out[len] = '\n';
        return len + 1;
    }

    private int encodeUtf8(CharSequence message) {
        byte[] utf8 = message.toString().getBytes(StandardCharsets.UTF_8);
        if (buffer.length < utf8.length + 1) {
            buffer = new byte[utf8.length + 1];
        }
        System.arraycopy(utf8, 0, buffer, 0, utf8.length);
        buffer[utf8.length] = '\n';
        return utf8.length + 1;
    }

    /**
     * Reads and dispatches messages until end of input, then waits for every call in flight to
     * answer. Returns when all is done. An unchecked exception out of the dispatcher (a server
     * that cannot go on, such as one whose settings are declared wrongly) stops reading and, once
     * the calls in flight have answered, comes out of here.
     */
    public void serve(Dispatcher dispatcher) throws IOException {
        this.dispatcher = dispatcher;
        handoff.start();
        new ReadLoop().run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fatal != null) {
            throw fatal;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Handles a large message under the hand-off: reading moves on if parsing it takes long. */
    private void handleApart(String line) {
        synchronized (apart) {
            handlingApart++;
        }
        try {
            handoff.execute(() -> dispatcher.onMessage(line));
        } finally {
            synchronized (apart) {
                handlingApart--;
                apart.notifyAll();
            }
        }
    }

    /** At end of input: a large message still being parsed on a revoked reader must get its answer too. */
    private void awaitHandledApart() {
        synchronized (apart) {
            while (handlingApart > 0) {
                try {
                    apart.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One reading thread's loop: reads and dispatches until its turn is revoked or input ends. */
    private final class ReadLoop implements Runnable {
        @Override
        public void run() {
            ReaderHandoff.Turn turn = handoff.begin();
            try {
                while (true) {
                    String line = reader.next();
                    if (line == null) {
                        break;
                    }
                    if (line == LineReader.TOO_LARGE) {
                        dispatcher.onUnreadable(reader.rejectedText(), McpException.INVALID_REQUEST,
                                "Invalid Request: message larger than " + maxMessageBytes + " bytes was skipped");
                    } else if (line == LineReader.MALFORMED) {
                        dispatcher.onUnreadable(reader.rejectedText(), McpException.PARSE_ERROR,
                                "Parse error: the message is not valid UTF-8");
                    } else if (line.length() > PARSE_APART_CHARS) {
                        handleApart(line);
                    } else {
                        dispatcher.onMessage(line);
                    }
                    if (broken) {
                        break;   // nobody reads our answers any more
                    }
                    if (turn.revoked()) {
                        return;   // another thread reads now
                    }
                }
            } catch (IOException e) {
                failure = e;
            } catch (StopServing e) {
                fatal = e;   // the server cannot go on (see StopServing); every other failure was answered
            } catch (RuntimeException e) {
                fatal = e;   // a defect in reading itself: never leave serve() waiting
            } catch (Error e) {
                fatal = new IllegalStateException("reading stdin failed: " + e, e);
            }
            try {
                awaitHandledApart();
                dispatcher.drain();
            } finally {
                finished.countDown();
            }
        }
    }
}
