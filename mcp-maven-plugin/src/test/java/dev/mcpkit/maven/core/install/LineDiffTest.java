package dev.mcpkit.maven.core.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void identicalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
    }

    @Test
    void newFileIsAllAdditions() {
        assertThat(LineDiff.unified("/dev/null", "f", "", "a\nb\n")).isEqualTo("--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    }

    @Test
    void distantChangesGetSeparateHunks() {
        StringBuilder a = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
        }
        String b = a.toString().replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");

        String diff = LineDiff.unified("a", "b", a.toString(), b);

        assertThat(diff).contains("@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n")
                .contains("@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n")
                .doesNotContain("@@ -9");
    }
}
