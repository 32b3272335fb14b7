package dev.mcpkit.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CallPathWarmupTest {

    @Test
    void theWalkGetsAResultForEveryMessageAndWritesNothing() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(written, true, StandardCharsets.UTF_8);
        CallPathWarmup walk = new CallPathWarmup();
        System.setOut(capture);
        System.setErr(capture);
        try {
            walk.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(walk.results()).as("initialize, tools/list and every call answered with a result").isEqualTo(CallPathWarmup.CALLS + 2);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
