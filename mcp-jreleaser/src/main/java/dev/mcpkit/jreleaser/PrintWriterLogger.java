package dev.mcpkit.jreleaser;

import java.io.PrintWriter;
import org.jreleaser.logging.AbstractJReleaserLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * JReleaser's log lines, one a line, to the caller's writer; everything, stack traces included, to the
 * trace file. JReleaser's own SimpleJReleaserLoggerAdapter traces to System.err, which is not ours to write.
 */
final class PrintWriterLogger extends AbstractJReleaserLogger {
    private final PrintWriter out;
    private final boolean debug;

    PrintWriterLogger(PrintWriter out, PrintWriter tracer, boolean debug) {
        super(tracer);
        this.out = out;
        this.debug = debug;
    }

    @Override
    public void plain(String message) {
        write("", message, null);
    }

    @Override
    public void debug(String message) {
        if (debug) {
            write("[DEBUG] ", message, null);
        } else {
            trace("[DEBUG] " + formatMessage(message));
        }
    }

    @Override
    public void info(String message) {
        write("[INFO]  ", message, null);
    }

    @Override
    public void warn(String message) {
        write("[WARN]  ", message, null);
    }

    @Override
    public void error(String message) {
        write("[ERROR] ", message, null);
    }

    @Override
    public void plain(String message, Object... args) {
        plain(format(message, args));
    }

    @Override
    public void debug(String message, Object... args) {
        debug(format(message, args));
    }

    @Override
    public void info(String message, Object... args) {
        info(format(message, args));
    }

    @Override
    public void warn(String message, Object... args) {
        warn(format(message, args));
    }

    @Override
    public void error(String message, Object... args) {
        error(format(message, args));
    }

    @Override
    public void plain(String message, Throwable throwable) {
        write("", message, throwable);
    }

    @Override
    public void debug(String message, Throwable throwable) {
        if (debug) {
            write("[DEBUG] ", message, throwable);
        } else {
            trace("[DEBUG] " + formatMessage(message), throwable);
        }
    }

    @Override
    public void info(String message, Throwable throwable) {
        write("[INFO]  ", message, throwable);
    }

    @Override
    public void warn(String message, Throwable throwable) {
        write("[WARN]  ", message, throwable);
    }

    @Override
    public void error(String message, Throwable throwable) {
        write("[ERROR] ", message, throwable);
    }

    /** The caller's writer gets the message; the stack trace goes only to the trace file unless debugging. */
    private void write(String level, String message, Throwable throwable) {
        String line = level + formatMessage(message);
        if (throwable != null && !debug && throwable.getMessage() != null) {
            out.println(line + " (" + throwable.getMessage() + ")");
        } else {
            out.println(line);
        }
        if (throwable != null && debug) {
            throwable.printStackTrace(out);
        }
        out.flush();
        if (throwable == null) {
            trace(line);
        } else {
            trace(line, throwable);
        }
    }

    private static String format(String message, Object... args) {
        return MessageFormatter.arrayFormat(message, args).getMessage();
    }
}
