package dev.mcpkit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One running server: newline-delimited JSON-RPC over its stdin/stdout, stderr into a temporary file (shown
 * when something goes wrong). A shared watchdog thread kills the process tree when a phase stalls or runs
 * over its time limit, so a blocked read or write returns and the driver reports why instead of hanging.
 */
final class ServerProcess implements AutoCloseable {

    private static final Set<ServerProcess> WATCHED = ConcurrentHashMap.newKeySet();
    private static volatile Thread watchdog;

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Writer in;
    private final BufferedReader out;
    private final Path stderrLog;
    private final Duration stall;

    private volatile long progress;
    private volatile boolean armed;
    private volatile String phase = "start";
    private volatile long phaseDeadline;
    private volatile String killedBecause;
    // read and written by the watchdog thread only
    private long seenProgress = -1;
    private long seenAt;

    private ServerProcess(String name, Process process, long startNanos, Path stderrLog, Duration stall) {
        this.name = name;
        this.process = process;
        this.startNanos = startNanos;
        this.stderrLog = stderrLog;
        this.stall = stall;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Starts {@code spec}'s command behind {@code prefix} (e.g. {@code taskset -c 1}); the watchdog is armed for
     * the phase {@code "start"} with {@code limits.phase()} as its time limit.
     */
    static ServerProcess start(ServerSpec spec, List<String> prefix, Limits limits) {
        ensureWatchdog();
        Path log;
        try {
            log = Files.createTempFile("mcpkit-bench-" + spec.name().replaceAll("[^A-Za-z0-9_.-]", "_") + "-", ".stderr");
        } catch (IOException e) {
            throw new BenchmarkException("cannot create a temporary file for the server's stderr: " + e.getMessage(), e);
        }
        ProcessBuilder builder = new ProcessBuilder(spec.commandWith(prefix))
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        long t0 = System.nanoTime();
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            deleteQuietly(log);
            throw new BenchmarkException("cannot start server '" + spec.name() + "' (" + spec.commandLine() + "): "
                    + e.getMessage(), e);
        }
        ServerProcess server = new ServerProcess(spec.name(), p, t0, log, limits.stall());
        server.phase("start", limits.phase());
        WATCHED.add(server);
        return server;
    }

    /** {@link System#nanoTime()} just before the process was started. */
    long startNanos() {
        return startNanos;
    }

    long pid() {
        return process.pid();
    }

    /** Names the current phase (used in failure messages) and arms the watchdog with a fresh time limit. */
    void phase(String what, Duration maxTime) {
        phase = what;
        phaseDeadline = System.nanoTime() + maxTime.toNanos();
        progress++;
        armed = true;
    }

    /** Disarms the watchdog while the driver does its own work (sorting, writing reports). */
    void idle() {
        armed = false;
    }

    void send(String line) {
        try {
            in.write(line);
            in.write('\n');
        } catch (IOException e) {
            throw new BenchmarkException(failure("writing a request failed (" + e.getMessage() + ")"), e);
        }
    }

    void flush() {
        try {
            in.flush();
        } catch (IOException e) {
            throw new BenchmarkException(failure("writing a request failed (" + e.getMessage() + ")"), e);
        }
    }

    /** The next line from the server, or null at end of stream (server exited or was killed by the watchdog). */
    String readOrNull() {
        try {
            String line = out.readLine();
            if (line != null) {
                progress++;
            }
            return line;
        } catch (IOException e) {
            return null;
        }
    }

    /** The next line from the server; a {@link BenchmarkException} saying why when there is none. */
    String read() {
        String line = readOrNull();
        if (line == null) {
            throw new BenchmarkException(failure("no response"));
        }
        return line;
    }

    /** The next response, parsed; notifications from the server are skipped (at most 1000 in a row). */
    Map<String, Object> readResponse() {
        for (int i = 0; i < 1000; i++) {
            String line = read();
            Map<String, Object> message;
            try {
                message = McpMessages.parse(line);
            } catch (McpMessages.BadResponse e) {
                throw new BenchmarkException(failure(e.getMessage()), e);
            }
            if (!McpMessages.isNotification(message)) {
                return message;
            }
        }
        throw new BenchmarkException(failure("1000 notifications in a row and no response"));
    }

    /** Initialize, notifications/initialized and tools/list (which must offer echo), with ids 0 and 1. */
    void handshake() {
        send(McpMessages.initialize(0));
        flush();
        try {
            McpMessages.checkInitialize(readResponse(), 0);
            send(McpMessages.INITIALIZED);
            send(McpMessages.toolsList(1));
            flush();
            McpMessages.checkToolsList(readResponse(), 1);
        } catch (McpMessages.BadResponse e) {
            throw new BenchmarkException(failure(e.getMessage()), e);
        }
    }

    void closeInput() {
        try {
            in.close();
        } catch (IOException e) {
            // the server may already have gone; awaitExit reports that
        }
    }

    /** Waits for the process to end; returns its exit code, or empty (and kills it) when it outlives {@code max}. */
    Optional<Integer> awaitExit(Duration max) {
        armed = false;
        try {
            if (process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill("did not exit within " + max.toMillis() + " ms");
        return Optional.empty();
    }

    /** Resident set size (VmRSS, KiB) of the server's JVM: the process itself, or its java child if it is a wrapper. */
    long rssKiB() {
        return ProcStatus.kib(javaPid(), "VmRSS");
    }

    /** Peak resident set size (VmHWM, KiB) of the server's JVM. */
    long peakRssKiB() {
        return ProcStatus.kib(javaPid(), "VmHWM");
    }

    long javaPid() {
        long pid = process.pid();
        if (ProcStatus.isJava(pid)) {
            return pid;
        }
        long best = pid;
        long bestRss = -1;
        for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
            if (ProcStatus.isJava(child.pid())) {
                return child.pid();
            }
            long rss = ProcStatus.kib(child.pid(), "VmRSS");
            if (rss > bestRss) {
                best = child.pid();
                bestRss = rss;
            }
        }
        return best;
    }

    /** A sentence for the report: which server, in which phase, what happened, and the end of its stderr. */
    String failure(String what) {
        StringBuilder b = new StringBuilder("server '").append(name).append("' during ").append(phase).append(": ")
                .append(what);
        String killed = killedBecause;
        if (killed != null) {
            b.append("; killed by the benchmark because ").append(killed);
        } else {
            try {
                if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    b.append("; the server exited with code ").append(process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String tail = stderrTail();
        if (!tail.isEmpty()) {
            b.append("; its stderr ends with:\n").append(tail);
        }
        return b.toString();
    }

    String killedBecause() {
        return killedBecause;
    }

    private String stderrTail() {
        try {
            String text = Files.readString(stderrLog, StandardCharsets.UTF_8);
            String[] lines = text.split("\n");
            int from = Math.max(0, lines.length - 10);
            StringBuilder b = new StringBuilder();
            for (int i = from; i < lines.length; i++) {
                b.append("    ").append(lines[i]).append('\n');
            }
            return b.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    void kill(String because) {
        if (killedBecause == null) {
            killedBecause = because;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        WATCHED.remove(this);
        armed = false;
        if (process.isAlive()) {
            closeInput();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill("it was still running when the benchmark closed it");
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            out.close();
        } catch (IOException e) {
            // nothing left to read
        }
        deleteQuietly(stderrLog);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file; the OS cleans up eventually
        }
    }

    private void check(long now) {
        if (!armed || !process.isAlive()) {
            seenProgress = -1;
            return;
        }
        long p = progress;
        if (p != seenProgress) {
            seenProgress = p;
            seenAt = now;
        } else if (now - seenAt > stall.toNanos()) {
            kill("it sent nothing for " + stall.toSeconds() + " s while a response was due (--timeout)");
            return;
        }
        if (now - phaseDeadline > 0) {
            kill("the phase ran longer than its limit (--phase-timeout)");
        }
    }

    private static synchronized void ensureWatchdog() {
        if (watchdog != null) {
            return;
        }
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                for (ServerProcess s : WATCHED) {
                    s.check(now);
                }
            }
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
        watchdog = t;
        // Ctrl-C on the driver must not leave servers running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (ServerProcess s : WATCHED) {
                s.kill("the benchmark was stopped");
            }
        }, "bench-cleanup"));
    }

    /** Time limits: {@code stall} without any response while one is due, {@code phase} for a whole phase. */
    record Limits(Duration stall, Duration phase) {
    }
}
