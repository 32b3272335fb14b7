package dev.mcpkit.maven.core.install;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * A unified diff of two small texts (configuration files), line by line, three lines of context, as
 * {@code diff -u} prints it: java-diff-utils finds and groups the changes, the hunk headers are written as diff does.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;
    private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

    private LineDiff() {
    }

    public static String unified(String fromName, String toName, String from, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, patch, CONTEXT)) {
            Matcher hunk = HUNK.matcher(line);
            out.append(hunk.matches() ? "@@ -" + range(hunk.group(1), hunk.group(2)) + " +" + range(hunk.group(3), hunk.group(4)) + " @@"
                    : line).append('\n');
        }
        return out.toString();
    }

    /** diff -u leaves out a count of 1 and shows an empty side at the line before it (0 for an empty file). */
    private static String range(String start, String count) {
        return switch (count) {
            case "1" -> start;
            case "0" -> (Integer.parseInt(start) - 1) + ",0";
            default -> start + "," + count;
        };
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
