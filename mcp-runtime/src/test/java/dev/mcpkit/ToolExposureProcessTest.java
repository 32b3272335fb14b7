package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Toolsets, read-only mode and dynamic toolsets, chosen by flags or settings, in a real server process over stdio. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ToolExposureProcessTest {

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path dir;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void isolate() throws IOException {
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
        Files.createDirectories(dir.resolve("work"));
    }

    /** A running server: requests go in one at a time, each waits for its answer. */
    private final class Server implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final OutputStream in;
        private final List<Map<String, Object>> notifications = new ArrayList<>();
        private int nextId = 1;

        Server(String... args) throws IOException {
            List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-cp", System.getProperty("java.class.path"), ToolsetFixture.class.getName()));
            cmd.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.resolve("work").toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(env);
            process = builder.start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = process.getOutputStream();
            request(INIT, 0);
            write(INITIALIZED);
        }

        private void write(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> request(String line, long id) throws IOException {
            write(line);
            for (String read; (read = out.readLine()) != null; ) {
                Map<String, Object> m = (Map<String, Object>) Json.parse(read);
                if (Long.valueOf(id).equals(m.get("id"))) {
                    return m;
                }
                notifications.add(m);
            }
            throw new AssertionError("the server ended before answering " + line);
        }

        @SuppressWarnings("unchecked")
        List<String> toolNames() throws IOException {
            int id = nextId++;
            Map<String, Object> result = (Map<String, Object>) request("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}", id)
                    .get("result");
            List<String> names = new ArrayList<>();
            for (Object tool : (List<Object>) result.get("tools")) {
                names.add((String) ((Map<String, Object>) tool).get("name"));
            }
            return names;
        }

        Map<String, Object> call(String tool, String arguments) throws IOException {
            int id = nextId++;
            return request("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                    + "\",\"arguments\":" + arguments + "}}", id);
        }

        @Override
        public void close() throws Exception {
            in.close();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String text(Map<String, Object> response) {
        return Json.write(response.get("result"));
    }

    private static String error(Map<String, Object> response) {
        return String.valueOf(((Map<?, ?>) response.get("error")).get("message"));
    }

    @Test
    void everyToolByDefault() throws Exception {
        try (Server server = new Server()) {
            assertThat(server.toolNames()).containsExactly("close_issue", "delete_everything", "list_repos", "search", "whoami");
        }
    }

    @Test
    void toolsetsExposeTheirToolsAndThoseInNoneAndRefuseTheRest() throws Exception {
        try (Server server = new Server("--toolsets", "issues")) {
            assertThat(server.toolNames()).containsExactly("close_issue", "delete_everything", "search", "whoami");
            assertThat(text(server.call("close_issue", "{\"number\":7}"))).contains("closed 7");
            assertThat(error(server.call("list_repos", "{}"))).isEqualTo("Tool list_repos is not available: its toolset repos is not enabled");
        }
    }

    @Test
    void readOnlyExposesOnlyToolsMarkedReadOnly() throws Exception {
        try (Server server = new Server("--read-only")) {
            assertThat(server.toolNames()).containsExactly("list_repos", "search", "whoami");
            assertThat(error(server.call("delete_everything", "{}")))
                    .isEqualTo("Tool delete_everything is not available: the server runs read-only and it is not marked read-only");
        }
    }

    @Test
    void theSettingsChooseTheSameWhereTheCommandLineSaysNothing() throws Exception {
        env.put("MCP_TOOLSETS", "repos");
        Files.writeString(dir.resolve("work/.env"), "MCP_READ_ONLY=true\n");
        try (Server server = new Server()) {
            assertThat(server.toolNames()).containsExactly("list_repos", "whoami");
        }
        try (Server server = new Server("--toolsets", "all")) {
            assertThat(server.toolNames()).as("the flag wins").containsExactly("list_repos", "search", "whoami");
        }
    }

    @Test
    void withDynamicToolsetsTheClientEnablesAToolsetAndIsToldTheListChanged() throws Exception {
        try (Server server = new Server("--dynamic-toolsets", "--toolsets", "repos")) {
            assertThat(server.toolNames()).containsExactly("delete_everything", "list_repos", "whoami", "list_toolsets", "enable_toolset");
            assertThat(text(server.call("list_toolsets", "{}")))
                    .contains("{\\\"toolset\\\":\\\"issues\\\",\\\"enabled\\\":false,\\\"tools\\\":[\\\"close_issue\\\",\\\"search\\\"]}")
                    .contains("{\\\"toolset\\\":\\\"repos\\\",\\\"enabled\\\":true,\\\"tools\\\":[\\\"list_repos\\\"]}");
            assertThat(text(server.call("enable_toolset", "{\"toolset\":\"nope\"}"))).contains("Unknown toolset 'nope'; this server has: issues, repos");
            assertThat(server.notifications).isEmpty();

            assertThat(text(server.call("enable_toolset", "{\"toolset\":\"issues\"}"))).contains("Enabled toolset issues");
            assertThat(server.notifications).extracting(n -> n.get("method")).containsExactly("notifications/tools/list_changed");
            assertThat(server.toolNames()).contains("search", "close_issue");
            assertThat(text(server.call("close_issue", "{\"number\":3}"))).contains("closed 3");
        }
    }

    /** Over HTTP each session enables toolsets for itself: another client's list does not change. */
    @Test
    void overHttpEachSessionEnablesItsOwnToolsets() throws Exception {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), ToolsetFixture.class.getName(), "--transport", "http", "--port", "0",
                "--dynamic-toolsets", "--toolsets", "repos").start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)).readLine();
            java.net.URI endpoint = java.net.URI.create(line.substring(line.indexOf("http://")));
            HttpSession a = new HttpSession(endpoint);
            HttpSession b = new HttpSession(endpoint);
            assertThat(a.post("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"enable_toolset\","
                    + "\"arguments\":{\"toolset\":\"issues\"}}}")).contains("Enabled toolset issues");
            String listed = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}";
            assertThat(a.post(listed)).contains("\"close_issue\"");
            assertThat(b.post(listed)).contains("\"list_repos\"").doesNotContain("\"close_issue\"");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** One initialized Streamable HTTP session. */
    private static final class HttpSession {
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private final java.net.URI endpoint;
        private final String id;

        HttpSession(java.net.URI endpoint) throws Exception {
            this.endpoint = endpoint;
            java.net.http.HttpResponse<String> init = http.send(request(null, INIT), java.net.http.HttpResponse.BodyHandlers.ofString());
            this.id = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            post(INITIALIZED);
        }

        private java.net.http.HttpRequest request(String session, String body) {
            java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
            return (session == null ? b : b.header("Mcp-Session-Id", session)).build();
        }

        String post(String body) throws Exception {
            return http.send(request(id, body), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    @Test
    void anUnknownToolsetStopsTheServerNamingTheOnesThereAre() throws Exception {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), ToolsetFixture.class.getName(), "--toolsets", "issues,nope").start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(p.getInputStream().readAllBytes()).as("stdout").isEmpty();
        assertThat(err).contains("toolset-fixture: unknown toolset 'nope'; this server has: issues, repos (or all)");
    }

    @Test
    void helpListsTheToolsetsAndTheReadOnlyTools() throws Exception {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), ToolsetFixture.class.getName(), "--help").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("--toolsets A,B", "--read-only", "--dynamic-toolsets", "MCP_TOOLSETS")
                .contains("Toolsets (--toolsets):\n  issues  close_issue, search\n  repos   list_repos\n"
                        + "  in no toolset, always exposed: delete_everything, whoami\n")
                .contains("Read-only tools (--read-only keeps only these): list_repos, search, whoami\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeSaysWhichToolsAreExposedAndWhy() throws Exception {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(), "-cp",
                System.getProperty("java.class.path"), ToolsetFixture.class.getName(), "--describe", "--read-only").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, Object> doc = (Map<String, Object>) Json.parse(out);
        assertThat((List<Map<String, Object>>) doc.get("tools")).extracting(t -> t.get("name") + "/" + t.get("toolset"))
                .containsExactly("list_repos/repos", "search/issues", "whoami/null");
        assertThat(doc.get("exposure")).isEqualTo(Map.of("readOnly", true, "dynamic", false));
        Map<String, Object> schema = (Map<String, Object>) Json.parse(
                Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/describe-schema.json")));
        assertThat(dev.mcpkit.schema.SchemaValidator.validate(schema, doc)).as("matches docs/describe-schema.json").isEmpty();
    }
}
