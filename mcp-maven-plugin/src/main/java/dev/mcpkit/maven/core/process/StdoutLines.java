package dev.mcpkit.maven.core.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A process's stdout read line by line on a daemon thread, so that a client speaking to it over stdio can wait
 * for the next line with a deadline and tell a silent process from one that closed its stdout.
 */
public final class StdoutLines {

    private static final String END = new String("\u0000end");   // its own instance: compared by identity
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean ended;
    private boolean endTaken;

    public StdoutLines(Process process, String threadName) {
        reader = new Thread(() -> pump(process), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(Process process) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                queue.add(line);
            }
        } catch (IOException e) {
            // the process went away: the end below says so
        }
        ended = true;
        queue.add(END);
    }

    /** The next line; null when the deadline ({@link System#nanoTime()}) passed or stdout ended and every line was taken. */
    public String next(long deadlineNanos) throws InterruptedException {
        if (endTaken) {
            return null;
        }
        long left = deadlineNanos - System.nanoTime();
        String line = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
        if (line == END) {
            endTaken = true;
            return null;
        }
        return line;
    }

    /** True once the process has closed its stdout (lines may still be waiting to be taken). */
    public boolean ended() {
        return ended;
    }

    /** Waits up to {@code wait} for stdout to end, then returns the lines not taken yet. */
    public List<String> rest(Duration wait) throws InterruptedException {
        if (!wait.isZero()) {
            reader.join(wait.toMillis());
        }
        List<String> rest = new ArrayList<>();
        for (String line; (line = queue.poll()) != null; ) {
            if (line != END) {
                rest.add(line);
            }
        }
        return rest;
    }
}
