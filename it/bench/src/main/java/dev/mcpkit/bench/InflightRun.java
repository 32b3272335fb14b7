package dev.mcpkit.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Pipelined tools/call echo with a fixed number of requests in flight, counting every response by id: dropped
 * (never answered), duplicated, unexpected ids and wrong contents. Plus the EOF drain check: a batch written at
 * once and stdin closed right after must still be answered in full before the server exits.
 */
final class InflightRun {

    private static final int MAX_PROBLEMS_KEPT = 10;

    private InflightRun() {
    }

    record Result(long calls, int window, long answered, long dropped, long duplicated, long unexpectedIds,
                  long wrongContent, long malformed, double callsPerSecond, String stoppedBecause,
                  List<String> problems) {

        /** True when every request got exactly one correct response. */
        boolean clean() {
            return dropped == 0 && duplicated == 0 && unexpectedIds == 0 && wrongContent == 0 && malformed == 0;
        }
    }

    record Drain(int batch, long answered, long dropped, Integer exitCode, String problem) {
    }

    /** What {@link #run} measured: the timed calls, and the server's memory after the warm-up and at the end. */
    record Run(Result result, boolean failedInWarmup, long rssAfterWarmupKiB, long peakRssKiB) {
    }

    /**
     * A warm-up of {@code warmup} calls (checked, not timed), then {@code calls} timed calls, in one server
     * started as a user would start it (unpinned).
     */
    static Run run(ServerSpec spec, int warmup, long calls, int window, ServerProcess.Limits limits) {
        try (ServerProcess s = ServerProcess.start(spec, List.of(), limits)) {
            s.handshake();
            long firstId = 2;
            if (warmup > 0) {
                s.phase("in-flight warm-up", limits.phase());
                Result w = pump(s, firstId, warmup, window, false);
                if (!w.clean() || w.stoppedBecause() != null) {
                    return new Run(w, true, -1, -1);
                }
                firstId += warmup;
            }
            s.idle();
            long rss = s.rssKiB();
            s.phase("in-flight calls", limits.phase());
            Result r = pump(s, firstId, calls, window, false);
            s.idle();
            long peak = s.peakRssKiB();
            if (r.stoppedBecause() == null) {
                s.closeInput();
                s.awaitExit(Duration.ofSeconds(5));
            }
            return new Run(r, false, rss, peak);
        }
    }

    /** Writes {@code batch} calls at once, closes stdin, and counts the responses that arrive before EOF. */
    static Drain drainAtEof(ServerSpec spec, int batch, ServerProcess.Limits limits) {
        try (ServerProcess s = ServerProcess.start(spec, List.of(), limits)) {
            s.handshake();
            s.phase("EOF drain", limits.phase());
            Result r = pump(s, 2, batch, batch, true);
            s.idle();
            Integer exit = null;
            String problem = r.stoppedBecause();
            if (problem == null || problem.startsWith("the server closed stdout")) {
                exit = s.awaitExit(Duration.ofSeconds(10)).orElse(null);
                problem = exit == null ? "the server did not exit within 10 s after stdin closed" : null;
            }
            if (problem == null && !r.clean()) {
                problem = r.problems().isEmpty() ? "responses missing or wrong" : r.problems().get(0);
            }
            return new Drain(batch, r.answered(), r.dropped(), exit, problem);
        }
    }

    /**
     * Keeps {@code window} requests outstanding until {@code count} distinct ids are answered or the server stops
     * (EOF, or the watchdog kills it when nothing arrives while responses are due). With {@code closeAfterLast},
     * stdin is closed right after the last request is written.
     */
    static Result pump(ServerProcess s, long firstId, long count, int window, boolean closeAfterLast) {
        BitSet seen = new BitSet((int) Math.min(count, Integer.MAX_VALUE));
        List<String> problems = new ArrayList<>();
        long sent = 0;
        long distinct = 0;
        long duplicated = 0;
        long unexpected = 0;
        long wrong = 0;
        long malformed = 0;
        long lines = 0;
        long maxLines = 2 * count + 1000; // a server that floods us with junk must not keep us here forever
        String stopped = null;
        long start = System.nanoTime();
        long lastAnswer = start;
        while (distinct < count) {
            if (sent < count && sent - distinct < window) {
                do {
                    s.send(McpMessages.echoCall(firstId + sent));
                    sent++;
                } while (sent < count && sent - distinct < window);
                if (closeAfterLast && sent == count) {
                    s.closeInput();
                } else {
                    s.flush();
                }
            }
            String line = s.readOrNull();
            if (line == null) {
                String killed = s.killedBecause();
                stopped = killed != null ? "killed by the benchmark because " + killed
                        : "the server closed stdout (exited?)";
                break;
            }
            if (++lines > maxLines) {
                stopped = "more than " + maxLines + " lines for " + count + " requests";
                break;
            }
            Map<String, Object> message;
            long id;
            try {
                message = McpMessages.parse(line);
                if (McpMessages.isNotification(message)) {
                    continue;
                }
                id = McpMessages.responseId(message);
            } catch (McpMessages.BadResponse e) {
                malformed++;
                keep(problems, e.getMessage());
                continue;
            }
            long k = id - firstId;
            if (k < 0 || k >= sent) {
                unexpected++;
                keep(problems, "response with unexpected id " + id);
                continue;
            }
            if (seen.get((int) k)) {
                duplicated++;
                keep(problems, "second response for id " + id);
                continue;
            }
            seen.set((int) k);
            distinct++;
            lastAnswer = System.nanoTime();
            String problem = McpMessages.echoProblem(message, id);
            if (problem != null) {
                wrong++;
                keep(problems, problem);
            }
        }
        double seconds = (lastAnswer - start) / 1e9;
        return new Result(count, window, distinct, count - distinct, duplicated, unexpected, wrong,
                malformed, seconds > 0 ? distinct / seconds : 0, stopped, problems);
    }

    private static void keep(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }
}
