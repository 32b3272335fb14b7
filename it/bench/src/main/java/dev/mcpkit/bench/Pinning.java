package dev.mcpkit.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the driver and the server run. The server is pinned by starting it as {@code taskset -c N <command>}
 * (taskset execs the command, so the pid stays the server's); the driver pins all of its own threads with
 * {@code taskset -a -p -c N <own pid>} (threads started later inherit the mask) and restores its original
 * CPU list afterwards.
 */
record Pinning(String key, String label, int driverCpu, int serverCpu) {

    static final Pinning NONE = new Pinning("unpinned", "unpinned", -1, -1);

    /** The pinnings to measure, and notes for the report when some cannot be. */
    static List<Pinning> plan(boolean wanted, List<String> notes) {
        List<Pinning> plan = new ArrayList<>();
        if (!wanted) {
            notes.add("Pinning is off (--no-pin): sequential calls ran unpinned.");
            plan.add(NONE);
            return plan;
        }
        if (!tasksetAvailable()) {
            notes.add("taskset was not found on PATH: sequential calls ran unpinned (install util-linux to pin).");
            plan.add(NONE);
            return plan;
        }
        List<Integer> cpus = ProcStatus.allowedCpus();
        int a = cpus.get(0);
        if (cpus.size() >= 2) {
            int b = cpus.get(1);
            plan.add(new Pinning("twoCores", "2 cores (driver cpu " + a + ", server cpu " + b + ")", a, b));
        } else {
            notes.add("Only one CPU is available: the two-core pinning was skipped.");
        }
        plan.add(new Pinning("oneCore", "1 core (driver and server on cpu " + a + ")", a, a));
        return plan;
    }

    List<String> serverPrefix() {
        return serverCpu < 0 ? List.of() : List.of("taskset", "-c", String.valueOf(serverCpu));
    }

    void pinDriver() {
        if (driverCpu >= 0) {
            taskset(String.valueOf(driverCpu));
        }
    }

    void unpinDriver(String originalCpuList) {
        if (driverCpu >= 0) {
            taskset(originalCpuList);
        }
    }

    private static void taskset(String cpuList) {
        String pid = String.valueOf(ProcessHandle.current().pid());
        try {
            Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", cpuList, pid).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BenchmarkException("taskset -a -p -c " + cpuList + " " + pid + " did not finish in 10 s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new BenchmarkException("taskset -a -p -c " + cpuList + " " + pid + " failed: " + output.trim());
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot run taskset: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while running taskset", e);
        }
    }

    static boolean tasksetAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "taskset");
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }
}
