package dev.mcpkit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The folders the end-to-end tests work in, under target/: emptied when a test class starts, kept afterwards. */
final class WorkDirectories {

    private WorkDirectories() {
    }

    /** An empty {@code target/<name>} beside {@code e2e.work}, so each test class keeps its own files and logs. */
    static Path fresh(String name) throws IOException {
        Path dir = Path.of(System.getProperty("e2e.work")).resolveSibling(name);
        delete(dir);
        return Files.createDirectories(dir);
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
                for (Path p : deepestFirst) {
                    Files.delete(p);
                }
            }
        }
    }
}
