package dev.mcpkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads Linux {@code /proc/<pid>/status} and {@code /proc/<pid>/comm}. */
public final class ProcStatus {

    private ProcStatus() {
    }

    /** A {@code kB} field such as VmRSS, or -1 when unavailable (not Linux, process gone). */
    public static long kib(long pid, String field) {
        String value = field(Path.of("/proc/" + pid + "/status"), field);
        if (value == null) {
            return -1;
        }
        String number = value.endsWith("kB") ? value.substring(0, value.length() - 2).trim() : value;
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static boolean isJava(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/comm"), StandardCharsets.UTF_8).trim().equals("java");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The CPUs this process may run on (Cpus_allowed_list), or 0..n-1 when /proc is not there. */
    static List<Integer> allowedCpus() {
        List<Integer> cpus = new ArrayList<>();
        String list = field(Path.of("/proc/self/status"), "Cpus_allowed_list");
        if (list != null) {
            for (String part : list.split(",")) {
                String[] range = part.trim().split("-");
                int from = Integer.parseInt(range[0].trim());
                int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
                for (int c = from; c <= to; c++) {
                    cpus.add(c);
                }
            }
        }
        if (cpus.isEmpty()) {
            for (int c = 0; c < Runtime.getRuntime().availableProcessors(); c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }

    /** The raw Cpus_allowed_list of this process, for restoring it after pinning. */
    static String allowedCpuList() {
        String list = field(Path.of("/proc/self/status"), "Cpus_allowed_list");
        return list != null ? list : "0-" + (Runtime.getRuntime().availableProcessors() - 1);
    }

    private static String field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
