package dev.mcpkit.maven.core.install;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two small texts (configuration files), line by line, three lines of context. */
public final class LineDiff {

    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    public static String unified(String fromName, String toName, String from, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        List<int[]> ops = script(a, b); // {kind, indexA, indexB}: 0 same, -1 removed, +1 added
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == 0) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are at most 2*CONTEXT apart
            int lastChange = i;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end)[0] != 0) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            if (out.length() == 0) {
                out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
            }
            int aStart = -1;
            int bStart = -1;
            int aCount = 0;
            int bCount = 0;
            StringBuilder body = new StringBuilder();
            for (int k = start; k < end; k++) {
                int[] op = ops.get(k);
                if (op[0] <= 0) {
                    aCount++;
                    if (aStart < 0) {
                        aStart = op[1];
                    }
                }
                if (op[0] >= 0) {
                    bCount++;
                    if (bStart < 0) {
                        bStart = op[2];
                    }
                }
                char sign = op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+';
                body.append(sign).append(op[0] > 0 ? b.get(op[2]) : a.get(op[1])).append('\n');
            }
            out.append("@@ -").append(range(aStart, aCount, ops, start, true))
                    .append(" +").append(range(bStart, bCount, ops, start, false)).append(" @@\n").append(body);
            i = end;
        }
        return out.toString();
    }

    private static String range(int first, int count, List<int[]> ops, int hunkStart, boolean sideA) {
        if (count == 0) {
            // an empty side is shown at the line before it, as diff -u does
            int[] op = ops.get(hunkStart);
            return (sideA ? op[1] : op[2]) + ",0";
        }
        return (first + 1) + (count == 1 ? "" : "," + count);
    }

    /** Longest common subsequence edit script; files here are a few hundred lines at most. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new int[] {0, i++, j++});
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // removals before additions, as diff -u shows them
                ops.add(new int[] {-1, i++, j});
            } else {
                ops.add(new int[] {1, i, j++});
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
