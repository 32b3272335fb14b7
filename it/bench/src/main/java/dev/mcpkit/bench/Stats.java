package dev.mcpkit.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles. */
public final class Stats {

    private Stats() {
    }

    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = new double[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[rank(sorted.length, p)];
    }

    /** {@code sorted} must be sorted ascending. */
    public static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[rank(sorted.length, p)];
    }

    private static int rank(int n, double p) {
        int r = (int) Math.ceil(p / 100.0 * n) - 1;
        return Math.max(0, Math.min(n - 1, r));
    }
}
