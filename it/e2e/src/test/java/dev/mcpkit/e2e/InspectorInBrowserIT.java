package dev.mcpkit.e2e;

import static dev.mcpkit.e2e.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn mcp:dev -Dmcp.inspector} and {@code mvn mcp:inspect -Dmcp.inspector} in a real browser: the official MCP
 * Inspector's page, opened in headless Chromium (Debian's, driven by playwright-core from it/clients/node_modules),
 * connects to the generated project's server (through {@code mcp:dev}, or from the build output), lists its tools and
 * calls one, and the test keeps a screenshot of it. Stopping Maven stops the Inspector and every process it started.
 */
class InspectorInBrowserIT {

    private static final String ARTIFACT = "inspected-mcp";
    /** In Maven's environment, so in the server's: it must show nowhere. */
    private static final String SIGNING_KEY = "e2e-inspector-key-0123456789";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static Path work;
    private static Path project;
    private static Maven maven;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        work = WorkDirectories.fresh("e2e-inspector");
        maven = Maven.forNewUser(work);
        maven.run(work, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=dev.mcpkit", "-DarchetypeArtifactId=mcp-archetype",
                "-DarchetypeVersion=" + System.getProperty("e2e.toolkitVersion"), "-DgroupId=org.example.inspected",
                "-DartifactId=" + ARTIFACT, "-Dversion=1.0.0", "-Dpackage=org.example.inspected", "-Ddescription=Inspected in a browser");
        project = work.resolve(ARTIFACT);
        maven.run(project, "process-classes");
    }

    @Test
    void mcpDevWithTheInspectorServesAPageThatListsCallsAndReloadsTheToolsInChromium() throws Exception {
        Path tools = project.resolve("src/main/java/org/example/inspected/tools/TextTools.java");
        String source = Files.readString(tools);
        Map<String, Object> report;
        try {
            report = inChromium("mcp:dev", "inspector-mcp-dev", tools.toString(), "Counts the words and characters of a text",
                    "Counts the words and characters of a text, reloaded in the Inspector");
        } finally {
            Files.writeString(tools, source);
        }
        assertThat(report.get("command")).as("the Inspector's server is the Maven of this build").isEqualTo(System.getProperty("e2e.mvn"));
        assertThat((String) report.get("arguments")).as("the Inspector runs mcp:dev as its server, without the Inspector's switch")
                .contains("-f " + project.resolve("pom.xml"), "dev.mcpkit:mcp-maven-plugin:" + System.getProperty("e2e.toolkitVersion") + ":dev")
                .doesNotContain("mcp.inspector");
        // live reload behind the page's connection: the edited description shows after List Tools, no Connect again
        assertThat(report.get("reloadedInMs")).as("the page lists the edited tool").isNotNull();
        assertThat(JsonTrees.list(report.get("descriptionsAfterReload")))
                .contains("Counts the words and characters of a text, reloaded in the Inspector");
        assertThat((Long) report.get("notifications")).as("notifications/tools/list_changed in the page's Server Notifications")
                .isGreaterThanOrEqualTo(1L);
        System.out.println("e2e: the Inspector's page listed the edited tool " + report.get("reloadedInMs") + " ms after the save");
    }

    @Test
    void mcpInspectWithTheInspectorServesTheServerFromTheBuildOutputInChromium() throws Exception {
        Map<String, Object> report = inChromium("mcp:inspect", "inspector-mcp-inspect");
        assertThat(Path.of((String) report.get("command")).getFileName()).hasToString("java");
        assertThat((String) report.get("arguments")).contains("-XX:+DisplayVMOutputToStderr", "-cp",
                project.resolve("target/classes").toString(), "org.example.inspected.");
    }

    /**
     * Starts {@code mvn <goal> -Dmcp.inspector} on a free port, opens the printed URL in Chromium, which connects, lists
     * the tools and calls word_count (and, given {@code edit} = file, text, replacement, edits the source and lists
     * again until the replacement shows); then stops Maven alone, as a kill or a terminal's Ctrl-C reaches it, and checks that
     * no process it started is left. Returns the browser's report.
     */
    private static Map<String, Object> inChromium(String goal, String name, String... edit) throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium: the it/e2e build installs it (it/tools/install-commands.sh)").isExecutable();
        Path clients = Path.of(System.getProperty("e2e.clientsDir"));
        assertThat(clients.resolve("node_modules/playwright-core")).as("run npm ci in it/clients (the it/clients build does)").isDirectory();
        int port = freePortPair();
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(System.getProperty("e2e.mvn"), "-B", "-ntp", "-Dstyle.color=never"));
        command.addAll(maven.userArguments());
        command.addAll(List.of(goal, "-Dmcp.inspector", "-Dmcp.inspector.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SIGNING_KEY", SIGNING_KEY);
        long started = System.nanoTime();
        Process mvn = builder.start();
        List<ProcessHandle> tree = new ArrayList<>();
        try {
            String url = awaitUrl(mvn, log, port);
            System.out.printf("e2e: mvn %s -Dmcp.inspector printed the Inspector's URL after %.1f s%n", goal, (System.nanoTime() - started) / 1e9);
            Path screenshot = work.resolve(name + ".png");
            Path err = work.resolve(name + "-browser.err");
            List<String> node = new ArrayList<>(List.of("node", Path.of(System.getProperty("e2e.supportDir"), "inspector-browser.cjs").toString(),
                    clients.toString(), url, screenshot.toString(),
                    Json.write(Json.object("name", "word_count", "arguments", Json.object("text", "one two three")))));
            node.addAll(List.of(edit));
            Process browser = new ProcessBuilder(node).redirectError(err.toFile()).start();
            String out = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(browser.waitFor(10, TimeUnit.MINUTES)).isTrue();
            tree.addAll(mvn.descendants().toList());
            assertThat(browser.exitValue()).as("the browser's report: %s%s", out, Files.readString(err)).isZero();
            Files.writeString(work.resolve(name + "-report.json"), out);
            System.out.println("e2e: the Inspector's page in Chromium (" + goal + "): " + out.trim());
            Map<String, Object> report = object(Json.parse(out.trim()));

            assertThat(report.get("title")).isEqualTo("MCP Inspector");
            assertThat(report.get("pageErrors")).isEqualTo(List.of());
            assertThat(report.get("connected")).isEqualTo(Boolean.TRUE);
            assertThat(report.get("tools")).isEqualTo(List.of("sign", "word_count"));
            // the page's own rendering of the structured result, checked against the tool's output schema
            assertThat((String) report.get("result")).startsWith("Tool Result: Success\nStructured Content:")
                    .contains("words:\n3\n", "longestWord:\n\"three\"", "Valid according to output schema");
            assertThat(out).doesNotContain(SIGNING_KEY);
            assertThat(screenshot).isRegularFile();
            assertThat(Files.size(screenshot)).isGreaterThan(10_000);
            return report;
        } finally {
            tree.addAll(mvn.descendants().toList());
            // as a kill or a terminal's Ctrl-C reaches Maven: the plugin stops the Inspector and its children itself
            mvn.destroy();
            boolean ended = mvn.waitFor(60, TimeUnit.SECONDS);
            List<ProcessHandle> left = awaitEnd(tree);
            left.forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
            String text = Maven.plain(Files.readString(log));
            assertThat(ended).as("mvn ends when stopped:\n%s", text).isTrue();
            assertThat(left).as("processes left after mvn was stopped").isEmpty();
            assertThat(text).doesNotContain(SIGNING_KEY);
        }
    }

    /** Waits for Maven's log to show the Inspector's page URL. */
    private static String awaitUrl(Process mvn, Path log, int port) throws IOException, InterruptedException {
        Pattern url = Pattern.compile("(http://localhost:" + port + "/\\?MCP_PROXY_AUTH_TOKEN=\\S+)");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            String text = Maven.plain(Files.readString(log));
            Matcher m = url.matcher(text);
            if (m.find()) {
                assertThat(text).contains("The MCP Inspector 0.15.0 is ready", "press Connect");
                assertThat(m.group(1)).contains("&transport=stdio", "&MCP_PROXY_FULL_ADDRESS=http://localhost:" + (port + 3));
                return m.group(1);
            }
            assertThat(mvn.isAlive()).as("mvn mcp:dev -Dmcp.inspector ended before printing a URL:\n%s", text).isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("no Inspector URL in 8 minutes:\n" + Files.readString(log));
    }

    private static List<ProcessHandle> awaitEnd(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && processes.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(200);
        }
        return processes.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** A free port whose neighbour + 3 (the Inspector's proxy) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket page = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = page.getLocalPort();
                if (port + 3 < 65536) {
                    try (ServerSocket proxy = new ServerSocket(port + 3, 1, InetAddress.getLoopbackAddress())) {
                        return port;
                    } catch (IOException taken) {
                        // try another
                    }
                }
            }
        }
        throw new IOException("no free pair of ports");
    }
}
