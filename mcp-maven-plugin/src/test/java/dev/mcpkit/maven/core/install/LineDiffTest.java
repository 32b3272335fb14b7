package dev.mcpkit.maven.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineDiffTest {

    @TempDir
    Path tmp;

    @Test
    void identicalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void newFileIsAllAdditions() {
        assertThat(LineDiff.unified("/dev/null", "f", "", "a\nb\n")).isEqualTo("--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    }

    @Test
    void aOneLineRangeHasNoCount() {
        assertThat(LineDiff.unified("a", "b", "x\n", "y\n")).isEqualTo("--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n");
    }

    @Test
    void distantChangesGetSeparateHunks() {
        String a = numbers(20);
        String b = a.replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");

        String diff = LineDiff.unified("a", "b", a, b);

        assertThat(diff).contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n")
                .contains("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n")
                .doesNotContain("@@ -9");
    }

    /** Hunks, their ranges and the order of removals and additions are those of diff -u. */
    @Test
    void sameHunksAsDiffMinusU() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/diff"))).as("diff is not installed").isTrue();
        String a = numbers(30);
        // changes 6 unchanged lines apart share a hunk, 7 apart do not; a removal, an addition, a change at the end
        String b = a.replace("\n3\n", "\nthree\n").replace("\n10\n", "\nten\n").replace("\n18\n", "\neighteen\n")
                .replace("\n21\n", "\n").replace("\n24\n", "\n24\nadded\n").replace("\n30\n", "\nthirty\nmore\n");
        for (String[] pair : new String[][] {{a, b}, {b, a}, {a, ""}, {"", a}, {"one\n", "one\ntwo\n"}}) {
            assertThat(LineDiff.unified("a", "b", pair[0], pair[1])).isEqualTo(diffMinusU(pair[0], pair[1]));
        }
    }

    private String diffMinusU(String from, String to) throws Exception {
        Path a = Files.writeString(tmp.resolve("a"), from);
        Path b = Files.writeString(tmp.resolve("b"), to);
        Process diff = new ProcessBuilder("diff", "-u", "--label", "a", "--label", "b", a.toString(), b.toString()).start();
        String out = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(diff.waitFor()).isLessThanOrEqualTo(1);
        return out;
    }

    private static String numbers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> i + "\n").collect(Collectors.joining());
    }
}
