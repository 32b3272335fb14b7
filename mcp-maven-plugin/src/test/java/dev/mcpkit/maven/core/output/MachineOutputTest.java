package dev.mcpkit.maven.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineOutputTest {

    private static final String SNIPPET = "{\n  \"mcpServers\": {\n    \"météo ☀\": {}\n  }\n}\n";

    @TempDir
    Path project;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final List<String> log = new ArrayList<>();

    @Test
    void withOutputTheFileHoldsExactlyTheTextInUtf8AndStdoutNothing() throws Exception {
        MachineOutput out = MachineOutput.of("build/x.json", project, new PrintStream(stdout, true, StandardCharsets.UTF_8));
        out.print(SNIPPET.substring(0, 10));
        out.print(SNIPPET.substring(10));
        out.finish("the Claude Desktop snippet", log::add);
        Path file = project.resolve("build/x.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(SNIPPET.getBytes(StandardCharsets.UTF_8));
        assertThat(stdout.size()).isZero();
        assertThat(log).containsExactly("Wrote the Claude Desktop snippet to " + file.toAbsolutePath());
    }

    @Test
    void withoutOutputTheTextGoesToStdoutAndNoFileIsWritten() throws Exception {
        MachineOutput out = MachineOutput.of("  ", project, new PrintStream(stdout, true, StandardCharsets.UTF_8));
        out.print(SNIPPET);
        out.finish("the Claude Desktop snippet", log::add);
        assertThat(out.toFile()).isFalse();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(SNIPPET);
        assertThat(log).isEmpty();
        assertThat(project).isEmptyDirectory();
    }

    @Test
    void anAbsoluteOutputIsTakenAsItIs() throws Exception {
        Path elsewhere = project.resolve("elsewhere/server.json");
        MachineOutput out = MachineOutput.of(elsewhere.toString(), Path.of("/nonexistent"), System.out);
        out.print("{}");
        out.finish("the mcp:inspect report", log::add);
        assertThat(Files.readString(elsewhere)).isEqualTo("{}");
    }
}
