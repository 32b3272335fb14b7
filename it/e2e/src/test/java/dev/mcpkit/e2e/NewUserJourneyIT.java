package dev.mcpkit.e2e;

import static dev.mcpkit.e2e.JsonTrees.list;
import static dev.mcpkit.e2e.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The new user's path, walked with real processes: a local repository holding nothing but the toolkit
 * (installed from this reactor), {@code archetype:generate}, {@code mvn verify} and {@code mvn mcp:package}, then
 * the Claude Desktop entries the plugin writes, started the way a GUI client starts them and driven by the
 * official TypeScript SDK client.
 */
class NewUserJourneyIT {

    private static final String ARTIFACT = "journey-mcp";
    private static final String SIGNING_KEY = "e2e-signing-key-0123456789";
    /** What the test signs; the expected signature is computed by the JDK in {@link #hmac}. */
    private static final String MESSAGE = "journey";

    private static Path work;
    private static Path project;
    private static Path mcp;
    /** What mcp:validate, bound to verify, wrote about the project as generated. */
    private static String validateReport;
    private static Path jar;
    private static Path launcher;
    private static Path claudeDesktopConfig;
    private static Map<String, Object> described;
    private static GuiLikeEnvironment gui;
    private static Maven maven;
    private static Path repo;
    private static String toolkitVersion;

    @BeforeAll
    static void generateBuildAndConfigure() throws Exception {
        repo = Path.of(System.getProperty("e2e.repo"));
        work = Path.of(System.getProperty("e2e.work"));
        WorkDirectories.delete(work);
        maven = Maven.forNewUser(work);
        toolkitVersion = System.getProperty("e2e.toolkitVersion");

        long started = System.nanoTime();
        maven.run(work, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=dev.mcpkit", "-DarchetypeArtifactId=mcp-archetype", "-DarchetypeVersion=" + toolkitVersion,
                "-DgroupId=org.example.journey", "-DartifactId=" + ARTIFACT, "-Dversion=0.3.0-SNAPSHOT", "-Dpackage=org.example.journey",
                "-Ddescription=End-to-end journey server", "-DgithubOwner=journey-org");
        project = work.resolve(ARTIFACT);
        maven.run(project, "verify");
        // a figure for the notes, not an assertion: archetype:generate -> first green mvn verify
        System.out.printf("e2e: archetype:generate -> green mvn verify in %.1f s (third-party artifacts: %s)%n",
                (System.nanoTime() - started) / 1e9, System.getProperty("e2e.thirdParty"));
        // verify packaged already (package-no-fork is bound); the standalone goal must rebuild it all by itself
        mcp = project.resolve("target/mcp");
        assertThat(mcp.resolve("clients/claude-desktop.json")).as("mvn verify packages").isRegularFile();
        validateReport = Files.readString(mcp.resolve("validate-report.json"));
        WorkDirectories.delete(mcp);
        maven.run(project, "mcp:package");
        jar = mcp.resolve(ARTIFACT + "-0.3.0-SNAPSHOT.jar");
        launcher = mcp.resolve("bin/" + ARTIFACT);
        claudeDesktopConfig = mcp.resolve("clients/claude-desktop.json");
        gui = GuiLikeEnvironment.create(work.resolve("gui"));
        // the launcher finds Java by itself: there is none on the GUI-like PATH and no JAVA_HOME
        described = object(Json.parse(gui.run(work.resolve("describe.err"), launcher.toString(), "--describe")));
    }

    @Test
    void generatedProjectHasTheWholeLayout() throws IOException {
        String pkg = "src/main/java/org/example/journey/";
        for (String file : List.of("pom.xml", "README.md", "LICENSE", ".env.example", ".gitignore", ".github/workflows/ci.yml", ".mvn/jvm.config",
                pkg + "JourneyMcpServer.java", pkg + "tools/TextTools.java", "src/main/resources/mcp-server.properties",
                "src/test/java/org/example/journey/JourneyMcpServerTest.java")) {
            assertThat(project.resolve(file)).as(file).isRegularFile();
        }
        for (String file : List.of(ARTIFACT + "-0.3.0-SNAPSHOT.jar", "bin/" + ARTIFACT, "bin/" + ARTIFACT + ".cmd", ARTIFACT + "-0.3.0-SNAPSHOT.mcpb",
                ARTIFACT + "-0.3.0-SNAPSHOT.zip", ARTIFACT + "-0.3.0-SNAPSHOT.tar.gz", "server.json", "jbang-catalog.json",
                "clients/claude-desktop.json", "clients/java/claude-desktop.json", "clients/jbang/claude-desktop.json")) {
            assertThat(mcp.resolve(file)).as("target/mcp/" + file).isRegularFile();
        }
        assertThat(Files.readAllLines(project.resolve(".gitignore"))).contains(".env", "target/");
        assertThat(object(described.get("server"))).containsEntry("name", ARTIFACT).containsEntry("title", "Journey Mcp")
                .containsEntry("version", "0.3.0-SNAPSHOT").containsEntry("description", "End-to-end journey server");
        assertThat(Files.readString(project.resolve("LICENSE"))).startsWith("MIT License");
        assertThat(Files.readString(project.resolve(".github/workflows/ci.yml"))).contains("mvn -B -ntp verify");
        assertThat(Files.readString(project.resolve("pom.xml")))
                .contains("<url>https://github.com/journey-org/" + ARTIFACT + "</url>", "<parameters>true</parameters>");
    }

    @Test
    void versionFlagPrintsThePomVersionWithoutJavaOnThePath() throws Exception {
        assertThat(gui.run(work.resolve("version.err"), launcher.toString(), "--version").trim()).isEqualTo(ARTIFACT + " 0.3.0-SNAPSHOT");
        assertThat(gui.run(work.resolve("version-jar.err"), absoluteJava(), "-jar", jar.toString(), "--version").trim())
                .isEqualTo(ARTIFACT + " 0.3.0-SNAPSHOT");
    }

    @Test
    void claudeDesktopEntriesNeedNoShellAndKeepSecretsOut() throws Exception {
        Map<String, Object> entry = entry(claudeDesktopConfig);
        // the goal prefix resolves from the generated POM's plugins, also on Maven 3.8.7 with a fresh repository
        // as the README says: -Dmcp.output, since Maven may colour or prefix what a plugin prints on stdout
        maven.run(project, "-q", "mcp:config", "-Dmcp.client=claude-desktop", "-Dmcp.output=mcp-config-claude-desktop.json");
        Path printed = project.resolve("mcp-config-claude-desktop.json");
        assertThat(entry(printed)).isEqualTo(entry);
        assertThat(Path.of((String) entry.get("command"))).isEqualTo(launcher);
        assertThat(object(entry.get("env"))).containsEntry("SIGNING_KEY", "${SIGNING_KEY}");
        Map<String, Object> javaEntry = entry(mcp.resolve("clients/java/claude-desktop.json"));
        assertThat(Path.of((String) javaEntry.get("command"))).isAbsolute();
        assertThat(list(javaEntry.get("args"))).contains("-XX:+DisplayVMOutputToStderr", "-jar", jar.toString());
        assertThat(object(javaEntry.get("env"))).containsEntry("SIGNING_KEY", "${SIGNING_KEY}");
    }

    @Test
    void sdkClientCallsToolsThroughTheClaudeDesktopEntryUnderAGuiLikeEnvironment() throws Exception {
        Map<String, Object> report = callTools(claudeDesktopConfig, List.of(
                Json.object("name", "word_count", "arguments", Json.object("text", "one two three")),
                Json.object("name", "sign", "arguments", Json.object("message", MESSAGE))));

        assertThat(report.get("errors")).as("SDK errors: a non-JSON-RPC line on stdout shows here").isEqualTo(List.of());
        assertThat(object(report.get("server"))).containsEntry("name", ARTIFACT);
        assertThat(report.get("tools")).isEqualTo(List.of("sign", "word_count"));
        List<Object> calls = list(report.get("calls"));
        Map<String, Object> count = object(object(calls.get(0)).get("result"));
        assertThat(count.get("isError")).isNotEqualTo(Boolean.TRUE);
        assertThat(object(count.get("structuredContent"))).containsEntry("words", 3L);
        // the entry's env still holds the unexpanded ${SIGNING_KEY}: only the tool that needs it fails, saying how to fix it
        Map<String, Object> sign = object(object(calls.get(1)).get("result"));
        assertThat(sign.get("isError")).isEqualTo(Boolean.TRUE);
        assertThat(sign.get("content").toString()).contains("SIGNING_KEY", "--setup");
    }

    @Test
    void everyClientEntryMcpPackageWritesValidatesAgainstThePublicClientRegistry() throws Exception {
        String out = gui.run(work.resolve("validate-clients.err"), "node",
                Path.of(System.getProperty("e2e.supportDir"), "validate-client-configs.cjs").toString(),
                System.getProperty("e2e.clientsDir"), mcp.resolve("clients").toString());
        Map<String, Object> report = object(Json.parse(out.trim()));
        List<String> clients = List.of("claude-desktop", "claude-code", "vscode", "cursor", "windsurf", "cursor-agent", "goose", "gemini",
                "codex", "opencode", "antigravity", "antigravity-cli", "junie", "jetbrains");
        for (String folder : List.of("", "java/", "jbang/")) {
            for (String client : clients) {
                assertThat(object(report.get(folder + client))).as(folder + client).containsEntry("valid", true);
            }
            assertThat(object(report.get(folder + "zed")).get("errors")).as("Zed is not in the registry").isEqualTo(List.of("not in the registry"));
        }
        assertThat(report).hasSize(3 * (clients.size() + 1));
    }

    @Test
    void everyRemoteEntryForAServerAtAUrlValidatesAgainstThePublicClientRegistry() throws Exception {
        String url = "https://journey.example.com/mcp";
        Path remote = work.resolve("remote-entries");
        WorkDirectories.delete(remote);
        String log = maven.run(project, "mcp:config", "-Dmcp.client=all", "-Dmcp.url=" + url,
                "-Dmcp.headers=Authorization: Bearer {env:JOURNEY_TOKEN}", "-Dmcp.output=" + remote + "/");
        assertThat(log).contains("Claude Desktop is left out: Claude Desktop takes a server at a URL in its own settings")
                .contains("Zed is left out: Zed reads no header value from the environment");
        String out = gui.run(work.resolve("validate-remote.err"), "node",
                Path.of(System.getProperty("e2e.supportDir"), "validate-client-configs.cjs").toString(),
                System.getProperty("e2e.clientsDir"), remote.toString());
        Map<String, Object> report = object(Json.parse(out.trim()));
        List<String> clients = List.of("claude-code", "vscode", "cursor", "windsurf", "cursor-agent", "goose", "gemini",
                "codex", "opencode", "antigravity", "antigravity-cli", "junie", "jetbrains");
        for (String client : clients) {
            assertThat(object(report.get(client))).as(client).containsEntry("valid", true);
            assertThat(Files.readString(remote.resolve(client + (client.equals("goose") ? ".yaml" : client.equals("codex") ? ".toml" : ".json"))))
                    .as(client).contains(url).contains(client.equals("vscode") ? "${input:journey-mcp-journey-token}" : "JOURNEY_TOKEN")
                    .doesNotContain("\"command\"");
        }
        assertThat(report).hasSize(clients.size());
    }

    @Test
    void mcpInstallRunsEachClientsOwnCommandAndTheClientItselfListsTheServer() throws Exception {
        Path clisDir = Path.of(System.getProperty("e2e.clientClisDir"));
        Path clis = clisDir.resolve("node_modules/.bin");
        Path home = work.resolve("cli-home");
        WorkDirectories.delete(home);
        Files.createDirectories(home);
        // the clients' own commands (npm, pinned in it/client-clis), in a home of their own (and XDG config), with no network chatter
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", clis + java.io.File.pathSeparator + System.getenv("PATH"),
                "HOME", home.toString(), "DISABLE_AUTOUPDATER", "1", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1"));
        env.put("CODEX_HOME", home.resolve(".codex").toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());

        String claude = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=claude-code", "-Dmcp.launch=java");
        assertThat(claude).contains("Ran Claude Code's own command:").contains("claude mcp add --transport stdio --scope user " + ARTIFACT);
        String listed = cli(env, clis.resolve("claude"), "mcp", "get", ARTIFACT);
        assertThat(listed).as("claude mcp get").contains("Scope: User config").as("claude mcp get starts the server and shakes hands").contains("Status: ✔ Connected")
                .containsPattern("Command: /\\S+/java\n")
                .contains("-jar " + jar.toAbsolutePath()).contains("SIGNING_KEY=${SIGNING_KEY}");

        String gemini = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=gemini", "-Dmcp.launch=java");
        assertThat(gemini).contains("Ran Gemini CLI's own command:");
        assertThat(cli(env, clis.resolve("gemini"), "mcp", "list")).as("gemini mcp list").containsPattern(ARTIFACT + ": /\\S+/java ")
                .contains("-jar " + jar.toAbsolutePath());

        // the server has a secret, which codex mcp add cannot pass through: mcp:install writes the file, and Codex reads it
        String codex = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=codex", "-Dmcp.launch=java");
        assertThat(codex).contains("codex mcp add cannot pass a value through").contains("config.toml");
        assertThat(cli(env, clis.resolve("codex"), "mcp", "get", ARTIFACT)).as("codex mcp get").containsPattern("command: /\\S+/java\n")
                .contains(jar.toAbsolutePath().toString()).contains("SIGNING_KEY");

        // opencode has no command that adds a server: mcp:install edits its file, and opencode starts the server from it
        String opencode = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=opencode", "-Dmcp.launch=java");
        assertThat(opencode).contains("opencode.json");
        assertThat(cli(env, clisDir.resolve("opencode/node_modules/.bin/opencode"), "mcp", "list"))
                .as("opencode mcp list").contains("✓ " + ARTIFACT).contains("connected");

        // the same server serving Streamable HTTP: -Dmcp.url installs the remote entry, and Claude Code connects to it there
        Process served = new ProcessBuilder(absoluteJava(), "-jar", jar.toString(), "--transport", "http", "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(served.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = err.readLine()) != null && !line.contains("serving MCP over Streamable HTTP at ")) {
                // the lines before the endpoint
            }
            assertThat(line).as("the server names its endpoint on stderr").isNotNull();
            String endpoint = line.substring(line.indexOf("http://")).trim();
            String remote = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=claude-code", "-Dmcp.url=" + endpoint);
            assertThat(remote).contains("claude mcp add --transport http --scope user " + ARTIFACT + " " + endpoint);
            assertThat(cli(env, clis.resolve("claude"), "mcp", "get", ARTIFACT)).as("claude mcp get, remote")
                    .contains("Type: http").contains("URL: " + endpoint).contains("Status: ✔ Connected");
        } finally {
            served.destroy();
            served.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        String removed = maven.runWith(project, env, true, "mcp:install", "-Dmcp.client=claude-code", "-Dmcp.uninstall");
        assertThat(removed).contains("claude mcp remove --scope user " + ARTIFACT);
        assertThat(Files.readString(home.resolve(".claude.json"))).doesNotContain("\"" + ARTIFACT + "\"");
        System.out.println("e2e: claude mcp get after mcp:install:\n" + listed);
    }

    /** Runs a client's own command in the test's home; returns what it printed, failing on a non-zero exit. */
    private static String cli(Map<String, String> env, Path command, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(command.toString()));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).directory(project.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", line) + ":\n" + out).isZero();
        return out;
    }

    @Test
    void mcpDevReloadsAnEditedToolBehindTheConnectionOfAnSdkClient() throws Exception {
        maven.run(project, "-q", "mcp:config", "-Dmcp.client=claude-desktop", "-Dmcp.dev", "-Dmcp.output=mcp-config-dev.json");
        Map<String, Object> entry = entry(project.resolve("mcp-config-dev.json"));
        assertThat(Path.of((String) entry.get("command"))).as("the Maven that ran mcp:config, by absolute path").isAbsolute();
        assertThat(list(entry.get("args"))).containsSubsequence("-q", "-f", project.resolve("pom.xml").toAbsolutePath().toString(), "mcp:dev");
        assertThat(object(entry.get("env"))).containsKey("JAVA_HOME");
        // this test's Maven keeps the new user's repository apart: the entry a user gets needs nothing of the kind
        List<Object> args = new ArrayList<>(maven.userArguments());
        args.addAll(list(entry.get("args")));
        entry.put("args", args);
        Path config = work.resolve("claude-desktop-dev.json");
        Files.writeString(config, Json.write(Json.object("mcpServers", Json.object(ARTIFACT, entry))));

        Map<String, Object> report = devReload(config.toString(), Map.of());
        assertReloadedBehindTheConnection(report);
        System.out.println("e2e: mcp:dev live reload transcript: " + Json.write(report.get("transcript")));
    }

    @Test
    void mcpDevOverHttpReloadsAnEditedToolBehindTheUrlOfAnSdkClient() throws Exception {
        Process mvn = maven.start(project, "-B", "-ntp", "mcp:dev", "-Dmcp.transport=http", "-Dmcp.port=0");
        Path stderr = work.resolve("dev-http.err");
        Thread copying = new Thread(() -> {
            try (var in = mvn.getErrorStream(); var out = Files.newOutputStream(stderr)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // mvn has ended
            }
        });
        copying.start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            java.util.regex.Matcher serving = java.util.regex.Pattern.compile("mcp:dev: serving (http://\\S+/mcp)").matcher("");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (!serving.reset(Files.exists(stderr) ? Files.readString(stderr) : "").find()) {
                assertThat(mvn.isAlive() && System.nanoTime() < deadline).as("mcp:dev names its URL on stderr: %s",
                        Files.exists(stderr) ? Files.readString(stderr) : "").isTrue();
                Thread.sleep(200);
            }
            mvn.descendants().forEach(started::add);
            Map<String, Object> report = devReload(serving.group(1), Map.of("DEV_STDERR_FILE", stderr.toString()));
            assertReloadedBehindTheConnection(report);
            List<Object> sessions = list(report.get("sessions"));
            assertThat(sessions).hasSize(2).doesNotContainNull();
            assertThat(sessions.get(1)).as("the new process took up the session: no second initialize").isEqualTo(sessions.get(0));
            assertThat((String) report.get("stderr")).doesNotContain("MCP_SESSION_KEY");
            System.out.println("e2e: mcp:dev over HTTP live reload transcript: " + Json.write(report.get("transcript")));
        } finally {
            mvn.destroy();   // as Ctrl-C: mcp:dev stops its server process as Maven exits
            boolean ended = mvn.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            long stopped = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < stopped) {
                Thread.sleep(100);
            }
            List<ProcessHandle> left = started.stream().filter(ProcessHandle::isAlive).toList();
            left.forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
            assertThat(ended).as("mvn mcp:dev ends when stopped").isTrue();
            assertThat(left).as("no server process outlives mcp:dev").isEmpty();
        }
    }

    /** Runs dev-reload.cjs against {@code server} (a client configuration file, or mcp:dev's URL); its report. */
    private Map<String, Object> devReload(String server, Map<String, String> environment) throws Exception {
        Path tools = project.resolve("src/main/java/org/example/journey/tools/TextTools.java");
        String source = Files.readString(tools);
        Path clients = Path.of(System.getProperty("e2e.clientsDir"));
        ProcessBuilder builder = new ProcessBuilder("node", Path.of(System.getProperty("e2e.supportDir"), "dev-reload.cjs").toString(),
                clients.toString(), server, ARTIFACT, tools.toString(), "Counts the words and characters of a text",
                "Counts the words and characters of a text, reloaded",
                Json.write(Json.object("name", "word_count", "arguments", Json.object("text", "one two three"))))
                .redirectError(work.resolve("dev-reload.err").toFile());
        builder.environment().putAll(environment);
        Process node = builder.start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = node.waitFor(10, java.util.concurrent.TimeUnit.MINUTES);
        Files.writeString(work.resolve("dev-reload-transcript.json"), out);
        Files.writeString(tools, source);
        maven.run(project, "-q", "process-classes");   // the classes as generated, for the tests that follow
        assertThat(ended).isTrue();
        assertThat(node.exitValue()).as(out + Files.readString(work.resolve("dev-reload.err"))).isZero();
        return object(Json.parse(out.trim()));
    }

    private static void assertReloadedBehindTheConnection(Map<String, Object> report) {
        assertThat(report.get("errors")).as("a non-JSON-RPC line on stdout, or a lost connection, shows here").isEqualTo(List.of());
        assertThat(report.get("changed")).as("notifications/tools/list_changed").isEqualTo(1L);
        assertThat(list(object(report.get("before")).get("tools")))
                .contains("word_count: Counts the words and characters of a text");
        assertThat(list(object(report.get("after")).get("tools")))
                .contains("word_count: Counts the words and characters of a text, reloaded");
        assertThat(object(object(object(report.get("after")).get("call")).get("structuredContent"))).containsEntry("words", 3L);
        assertThat((String) report.get("stderr")).contains("mcp:dev: reloaded").contains("the build failed")
                .contains("TextTools.java:[");   // the compiler's own words, file and line
        assertThat(list(object(report.get("whileBroken")).get("tools"))).as("the previous build keeps serving")
                .contains("word_count: Counts the words and characters of a text, reloaded");
    }

    @Test
    void secretFromTheEntrysEnvReachesTheToolAndNeverItsOutput() throws Exception {
        Path withKey = work.resolve("claude-desktop-with-key.json");
        Files.writeString(withKey, Files.readString(claudeDesktopConfig).replace("${SIGNING_KEY}", SIGNING_KEY));
        Map<String, Object> report = callTools(withKey, List.of(Json.object("name", "sign", "arguments", Json.object("message", MESSAGE))));

        Map<String, Object> sign = object(object(list(report.get("calls")).get(0)).get("result"));
        assertThat(sign.get("isError")).isNotEqualTo(Boolean.TRUE);
        assertThat(sign.get("content").toString()).contains(hmac(SIGNING_KEY, MESSAGE));
        assertThat((String) report.get("stderr")).doesNotContain(SIGNING_KEY);
    }

    @Test
    void everyStdoutLineIsJsonRpcWhenStartedFromTheEntry() throws Exception {
        Path classes = Path.of(StdioCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String report = gui.run(work.resolve("stdio-check.err"), absoluteJava(), "-cp", classes.toString(),
                StdioCheck.class.getName(), claudeDesktopConfig.toString(), ARTIFACT, "word_count", "{\"text\":\"a b\"}");
        assertThat(report).contains("tools/list      -> sign, word_count", "every one a JSON-RPC message");
    }

    @Test
    void jbangStartsThePublishedCoordinateForTheSdkClient() throws Exception {
        maven.run(project, "install", "-DskipTests");
        JBangWrapper.write(gui.bin(), System.getProperty("e2e.jbangClasspath"), Path.of(absoluteJava()),
                Path.of(System.getProperty("java.home")), repo, gui.home().resolve(".jbang"));
        Path config = mcp.resolve("clients/jbang/claude-desktop.json");
        Map<String, Object> entry = entry(config);
        assertThat(entry.get("command")).isEqualTo("jbang");
        assertThat(list(entry.get("args"))).contains("org.example.journey:" + ARTIFACT + ":0.3.0-SNAPSHOT");

        Map<String, Object> report = callTools(config, List.of(
                Json.object("name", "word_count", "arguments", Json.object("text", "started by jbang"))));
        assertThat(report.get("errors")).as("SDK errors: a non-JSON-RPC line on stdout shows here").isEqualTo(List.of());
        assertThat(report.get("tools")).isEqualTo(List.of("sign", "word_count"));
        assertThat(object(object(object(list(report.get("calls")).get(0)).get("result")).get("structuredContent")))
                .containsEntry("words", 3L);
    }

    @Test
    void mvnQuietMcpRunLeavesStdoutToTheServerFromTheFirstByteToTheLast() throws Exception {
        String requests = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"pipe\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}") + "\n";
        // as a client or a script pipes it, with and without the flag that is meant to turn colour off
        for (List<String> flags : List.of(List.of("-q", "-B", "mcp:run"), List.of("-q", "-B", "-Dstyle.color=never", "mcp:run"))) {
            String out = maven.pipe(project, requests, flags.toArray(String[]::new));
            String what = "stdout of mvn " + String.join(" ", flags) + " with " + System.getProperty("e2e.mvn");
            assertThat(out).as(what).startsWith("{").endsWith("}\n");
            List<Object> ids = new ArrayList<>();
            for (String line : out.split("\n")) {
                Map<String, Object> message = object(Json.parse(line));
                assertThat(message).as(what + ": " + line).containsEntry("jsonrpc", "2.0").containsKey("result");
                ids.add(message.get("id"));
            }
            assertThat(ids).as(what).containsExactly(1L, 2L);
        }
    }

    /**
     * {@code mcp:run} passes {@code mcp.args} to the server: here it serves Streamable HTTP, a client uses it, and
     * {@code mcp:inspect -Dmcp.url} inspects it there.
     */
    @Test
    void mvnMcpRunServesOverHttpWhenTheArgumentsAskForIt() throws Exception {
        Process mvn = maven.start(project, "-q", "-B", "mcp:run", "-Dmcp.args=--transport,http,--port,0");
        try {
            java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(mvn.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = err.readLine()) != null && !line.contains("serving MCP over Streamable HTTP at ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the server names its endpoint on stderr; stderr was:\n%s", seen).isNotNull();
            java.net.URI endpoint = java.net.URI.create(line.substring(line.indexOf("http://")));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest.Builder post = java.net.http.HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream");
            java.net.http.HttpResponse<String> init = http.send(post.copy().POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"e2e\",\"version\":\"1\"}}}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
            String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            post.header("Mcp-Session-Id", session);
            http.send(post.copy().POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> call = http.send(post.copy().POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"word_count\","
                            + "\"arguments\":{\"text\":\"served over http\"}}}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(object(object(object(Json.parse(call.body())).get("result")).get("structuredContent")))
                    .containsEntry("words", 3L).containsEntry("longestWord", "served");

            // mcp:inspect -Dmcp.url: the tables of the server already serving there, which goes on serving
            String inspected = Maven.plain(maven.run(project, "-B", "mcp:inspect", "-Dmcp.url=" + endpoint));
            assertThat(inspected).contains("Inspecting over Streamable HTTP at " + endpoint).containsPattern("word_count\\s+Counts");
            assertThat(http.send(post.copy().POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body()).contains("\"id\":3");
        } finally {
            mvn.descendants().forEach(ProcessHandle::destroy);
            mvn.destroy();
            assertThat(mvn.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("mvn mcp:run ends when stopped").isTrue();
        }
    }

    @Test
    void everyServerCommandInTheReadmeNamesTheLauncherByAPathThatRunsFromTheProject() throws Exception {
        // the server's name alone is on nobody's PATH: `journey-mcp --setup` would say 'command not found'
        java.util.regex.Matcher command = java.util.regex.Pattern.compile("([^\\s`]+) --(setup|validate-config)\\b")
                .matcher(Files.readString(project.resolve("README.md")));
        List<String> named = new ArrayList<>();
        while (command.find()) {
            named.add(command.group(1));
        }
        assertThat(named).isNotEmpty().allSatisfy(path -> assertThat(project.resolve(path)).isEqualTo(launcher));
    }

    @Test
    void interactiveGenerationTakesTheAnswersAndDerivesTheRest() throws Exception {
        Path dir = Files.createDirectories(work.resolve("interactive"));
        // groupId, artifactId, version, package; serverName and className keep their derived defaults; N re-asks every
        // property in the plugin's order (description ... githubOwner, then the four coordinates and the two derived); Y
        String answers = String.join("\n", "com.acme", "acme-search", "1.0.0", "com.acme.search", "", "", "N",
                "Search for Acme", "Ann Example", "ann@acme.test", "Apache-2.0", "21", "acme",
                "com.acme", "acme-search", "1.0.0", "com.acme.search", "", "", "Y") + "\n";
        String dialogue = maven.interactive(dir, answers, "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DarchetypeGroupId=dev.mcpkit", "-DarchetypeArtifactId=mcp-archetype", "-DarchetypeVersion=" + toolkitVersion);
        // the confirmation shows only what the user chooses: .gitignore is named by a post-generation script
        assertThat(dialogue).contains("Confirm properties configuration:", "githubOwner").doesNotContain("gitignore");

        Path generated = dir.resolve("acme-search");
        assertThat(Files.readString(generated.resolve("LICENSE")).strip()).startsWith("Apache License");
        String pom = Files.readString(generated.resolve("pom.xml"));
        assertThat(pom).contains("<maven.compiler.release>21</maven.compiler.release>", "<name>Ann Example</name>",
                "<email>ann@acme.test</email>", "<url>https://github.com/acme/acme-search</url>", "<name>Apache-2.0</name>");
        assertThat(Files.readString(generated.resolve("src/main/java/com/acme/search/AcmeSearchServer.java")))
                .contains("@ServerInfo(name = \"acme-search\"", "description = \"Search for Acme\"");
        assertThat(generated.resolve(".gitignore")).isRegularFile();
    }

    @Test
    void verifyRanTheChecklistWithoutAFindingAndMcpDocsKeepsTheReadme() throws Exception {
        Map<String, Object> report = object(Json.parse(validateReport));
        assertThat(report.get("passed")).as(report.get("summary").toString()).isEqualTo(Boolean.TRUE);
        for (Object check : list(report.get("checks"))) {
            // zero warnings: every check of the checklist passes on the project as generated
            assertThat(object(check).get("status")).as(Json.write(check)).isEqualTo("pass");
        }
        String before = Files.readString(project.resolve("README.md"));
        maven.run(project, "mcp:docs");
        assertThat(Files.readString(project.resolve("README.md"))).as("the generated README's tools section is what mcp:docs writes")
                .isEqualTo(before);
    }

    @Test
    void readmeAndEnvExampleMentionEverySettingAndToolTheServerDescribes() throws IOException {
        String readme = Files.readString(project.resolve("README.md"));
        String toolsSection = readme.substring(readme.indexOf("<!-- mcp:tools:begin"), readme.indexOf("<!-- mcp:tools:end -->"));
        String envExample = Files.readString(project.resolve(".env.example"));
        Path serverJson = project.resolve("target/mcp/server.json");
        String registryEntry = Files.isRegularFile(serverJson) ? Files.readString(serverJson) : null;

        List<Object> tools = list(described.get("tools"));
        assertThat(tools).isNotEmpty();
        for (Object t : tools) {
            Map<String, Object> tool = object(t);
            assertThat(toolsSection).as("README tools section").contains("`" + tool.get("name") + "`");
            for (String argument : object(object(tool.get("inputSchema")).get("properties")).keySet()) {
                assertThat(toolsSection).as("README: argument " + argument + " of " + tool.get("name")).contains("`" + argument + "`");
            }
        }
        List<Object> settings = list(described.get("settings"));
        assertThat(settings).isNotEmpty();
        for (Object s : settings) {
            String key = (String) object(s).get("key");
            assertThat(readme).as("README configuration table").contains("`" + key + "`");
            assertThat(envExample).as(".env.example").contains(key + "=");
            if (registryEntry != null) {
                assertThat(registryEntry).as("server.json").contains(key);
            }
        }
    }

    private static Map<String, Object> callTools(Path config, List<Object> calls) throws Exception {
        Path clients = Path.of(System.getProperty("e2e.clientsDir"));
        assertThat(clients.resolve("node_modules/@modelcontextprotocol/sdk")).as("the SDK client: run npm ci in it/clients "
                + "(the it/clients build does)").isDirectory();
        String out = gui.run(work.resolve("sdk-client.err"), "node",
                Path.of(System.getProperty("e2e.supportDir"), "call-tools.cjs").toString(),
                clients.toString(), config.toString(), ARTIFACT, Json.write(calls));
        return object(Json.parse(out.trim()));
    }

    private static Map<String, Object> entry(Path clientConfig) throws IOException {
        Object config = Json.parse(Maven.plain(Files.readString(clientConfig)).trim());
        return object(object(object(config).get("mcpServers")).get(ARTIFACT));
    }

    private static String absoluteJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String hmac(String key, String message) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
