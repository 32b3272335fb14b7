package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The repository's docs and comments point only at what a user of the repository has. */
class RepositoryDocsTest {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules");
    private static final Pattern TEXT_FILE = Pattern.compile(".*\\.(java|md|xml|sh|groovy|properties|yml|json|cjs|ftl)$");
    @Test
    void noFileCitesTheDesignNotesThatOnlyTheAuthorsHave() throws IOException {
        Path root = RootReadme.repository();
        List<Path> citing = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return SKIPPED_FOLDERS.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = root.relativize(file);
                if (TEXT_FILE.matcher(file.getFileName().toString()).matches()
                        && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("DESIGN" + ".md")) {
                    citing.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(citing).as("files citing the design notes: say in one line what the reader needs instead").isEmpty();
    }

    @Test
    void itReadmeDescribesEveryModuleAsItIs() throws IOException {
        Path it = RootReadme.repository().resolve("it");
        String readme = Files.readString(it.resolve("README.md"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(it.resolve("pom.xml")));
        while (module.find()) {
            assertThat(readme).as("it/README.md names module " + module.group(1)).contains("`" + module.group(1) + "`");
        }
        assertThat(readme).doesNotContain("in progress");
    }

    /**
     * One set of performance figures: every number the root README and the plugin README quote from the benchmark (those
     * with a decimal point or a thousands separator) is in the table of it/bench/README.md, which says which run.
     */
    @Test
    void everyBenchmarkFigureTheReadmesQuoteIsInTheBenchmarksTable() throws IOException {
        Path root = RootReadme.repository();
        String bench = Files.readString(root.resolve("it/bench/README.md"));
        String table = section(bench, "## Figures", "\n## ");
        Pattern figure = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+");
        List<String> quoted = new ArrayList<>();
        for (String paragraph : List.of(section(Files.readString(RootReadme.path()), "One run of `it/bench/run.sh`", "\n\n"),
                section(Files.readString(root.resolve("mcp-maven-plugin/README.md")), "- spawn → initialize, the same `it/bench/run.sh` run",
                        "\n\n"))) {
            Matcher m = figure.matcher(paragraph);
            while (m.find()) {
                quoted.add(m.group());
            }
        }
        assertThat(quoted).as("figures the READMEs quote").hasSizeGreaterThan(10);
        for (String number : quoted) {
            assertThat(table).as("it/bench/README.md's figures hold " + number + ", which a README quotes").contains(number);
        }
    }

    /** From {@code start} (which must be there) to the first {@code end} after it. */
    private static String section(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("the section starting " + start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
