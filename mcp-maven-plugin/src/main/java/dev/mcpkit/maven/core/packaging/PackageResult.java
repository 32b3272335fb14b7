package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code mcp:package} wrote, with warnings, and the summary table printed at the end. */
public record PackageResult(String serverName, List<PackagedFile> files, List<String> warnings) {

    public PackageResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** This result with {@code more} files after its own. */
    public PackageResult with(List<PackagedFile> more) {
        List<PackagedFile> all = new ArrayList<>(files);
        all.addAll(more);
        return new PackageResult(serverName, all, warnings);
    }

    /** {@code artifact | size | try it}, paths relative to {@code base}. */
    public String summary(Path base) throws IOException {
        String[] header = {"artifact", "size", "try it"};
        String[][] rows = new String[files.size()][];
        int[] width = {header[0].length(), header[1].length(), header[2].length()};
        for (int i = 0; i < files.size(); i++) {
            PackagedFile f = files.get(i);
            String name = base.relativize(f.path()).toString() + (Files.isDirectory(f.path()) ? "/" : "");
            rows[i] = new String[] {name, size(f.path()), f.tryIt() == null ? "" : f.tryIt()};
            for (int c = 0; c < 3; c++) {
                width[c] = Math.max(width[c], rows[i][c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        out.append("-".repeat(width[0])).append("  ").append("-".repeat(width[1])).append("  ").append("-".repeat(width[2])).append('\n');
        for (String[] row : rows) {
            line(out, row, width);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        out.append(pad(cells[0], width[0])).append("  ");
        out.append(" ".repeat(width[1] - cells[1].length())).append(cells[1]).append("  ");
        out.append(cells[2]).append('\n');
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    static String size(Path path) throws IOException {
        long bytes;
        if (Files.isDirectory(path)) {
            try (var walk = Files.walk(path)) {
                bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
        } else {
            bytes = Files.size(path);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
