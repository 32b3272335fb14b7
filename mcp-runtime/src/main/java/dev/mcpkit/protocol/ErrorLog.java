package dev.mcpkit.protocol;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where unexpected failures go: their message and stack trace on stderr, with the values of
 * secret settings masked, under a short error id. The client only ever gets the id and the
 * exception's class: an exception's message may carry a URL with an API key in it.
 */
final class ErrorLog {

    private static final int MAX_TRACE_LINES = 60;

    private ErrorLog() {
    }

    /** Writes the failure to stderr and returns the error id to give the client instead of its detail. */
    static String record(Session session, String what, Throwable failure) {
        String id = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL | 0x100000000L).substring(1);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = "mcpkit: " + what + " failed (error id " + id + "): " + firstLines(trace.toString());
        System.err.print(session.options().hooks().maskSecrets(text));
        System.err.flush();
        return id;
    }

    /** A stack overflow's trace is a thousand lines of the same frames: keep the start. */
    private static String firstLines(String trace) {
        int end = -1;
        for (int i = 0; i < MAX_TRACE_LINES; i++) {
            end = trace.indexOf('\n', end + 1);
            if (end < 0) {
                return trace;
            }
        }
        int total = (int) trace.chars().filter(c -> c == '\n').count();
        return trace.substring(0, end + 1) + "\t... " + (total - MAX_TRACE_LINES) + " more lines\n";
    }

    /** What the client is told: the exception's class and the error id, nothing from its message. */
    static String clientText(Throwable failure, String id) {
        return failure.getClass().getSimpleName() + ", error id " + id + "; the server's log has the details";
    }
}
