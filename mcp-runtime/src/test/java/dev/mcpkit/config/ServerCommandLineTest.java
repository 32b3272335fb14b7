package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real server's command line and serving with settings: child processes, real environment and files. */
class ServerCommandLineTest {

    private static final String SECRET = "sk-live-Zq9rT4mW8xK2vN7pL3";
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @TempDir
    Path dir;
    private Path work;
    private Map<String, String> env;

    @BeforeEach
    void isolate() throws IOException {
        work = Files.createDirectories(dir.resolve("work"));
        env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_STATE_HOME", dir.resolve("state").toString());
    }

    private ChildJvm.Result run(String stdin, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.javaCommand(ConfiguredServer.class, args)).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = builder.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ChildJvm.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String call(int id, String tool, String args) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":" + args + "}}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> response(ChildJvm.Result r, long id) {
        for (String line : r.stdout().split("\n")) {
            Map<String, Object> m = (Map<String, Object>) Json.parse(line);
            if (Long.valueOf(id).equals(m.get("id"))) {
                return m;
            }
        }
        throw new AssertionError("no response " + id + " in " + r.stdout());
    }

    @Test
    void missingRequiredSettingStillInitializesAndOnlyToolsThatNeedItFail() throws Exception {
        ChildJvm.Result r = run(String.join("\n", INIT, call(1, "call_service", "{\"question\":\"q\"}"), call(2, "plain", "{}")) + "\n");
        assertThat(r.exitCode()).isZero();
        assertThat(response(r, 0)).containsKey("result");
        String failed = Json.write(response(r, 1));
        assertThat(failed).contains("\"isError\":true").contains("SERVICE_API_KEY").contains("configured --setup");
        assertThat(Json.write(response(r, 2))).contains("plain ok").doesNotContain("isError");
        assertThat(r.stderr().lines().filter(l -> l.contains("SERVICE_API_KEY"))).hasSize(1);
    }

    @Test
    void settingsFromTheEnvironmentAndDotEnvAreInjected() throws Exception {
        env.put("SERVICE_API_KEY", SECRET);
        Files.writeString(work.resolve(".env"), "# local overrides\nexport SERVICE_PORT=9091\n");
        ChildJvm.Result r = run(INIT + "\n" + call(1, "call_service", "{\"question\":\"q\"}") + "\n");
        assertThat(Json.write(response(r, 1))).contains("on port 9091 with a key of " + SECRET.length() + " characters");
    }

    @Test
    void validateConfigExitsOneWithTheFixAndZeroOnceConfigured() throws Exception {
        ChildJvm.Result missing = run("", "--validate-config");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stdout()).contains("SERVICE_API_KEY").contains("MISSING").contains("configured --setup")
                .contains("export SERVICE_API_KEY=");
        env.put("SERVICE_API_KEY", SECRET);
        ChildJvm.Result ok = run("", "--validate-config");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.stdout()).contains("****" + SECRET.substring(SECRET.length() - 4)).doesNotContain(SECRET);
        env.put("SERVICE_PORT", "eighty");
        ChildJvm.Result bad = run("", "--validate-config");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.stdout()).contains("SERVICE_PORT").contains("eighty");
    }

    @Test
    void nonInteractiveSetupStoresValuesOwnerOnlyAndKeepsOthersOnRerun() throws Exception {
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));   // no keychain: secrets go to the config .env
        ChildJvm.Result first = run("", "--setup", "--non-interactive", "SERVICE_API_KEY=" + SECRET, "SERVICE_PORT=7070");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        Path dotEnv = dir.resolve("config/configured/.env");
        assertThat(Files.readString(dotEnv)).contains("SERVICE_API_KEY=" + SECRET).contains("SERVICE_PORT=7070");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dotEnv))).isEqualTo("rw-------");
        assertThat(first.stdout() + first.stderr()).doesNotContain(SECRET);
        ChildJvm.Result second = run("", "--setup", "--non-interactive", "SERVICE_PORT=7071");
        assertThat(second.exitCode()).isZero();
        assertThat(Files.readString(dotEnv)).contains("SERVICE_API_KEY=" + SECRET).contains("SERVICE_PORT=7071");
        assertThat(run("", "--validate-config").exitCode()).isZero();
    }

    @Test
    void withoutXdgVariablesSettingsLiveUnderTheHomeTheServerWasStartedWith() throws Exception {
        env.remove("XDG_CONFIG_HOME");
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));
        ChildJvm.Result r = run("", "--setup", "--non-interactive", "SERVICE_PORT=7072");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("home/.config/configured/.env"))).contains("SERVICE_PORT=7072");
    }

    @Test
    void badSetupValueIsRejectedWithExitTwoAndNothingSaved() throws Exception {
        ChildJvm.Result r = run("", "--setup", "--non-interactive", "SERVICE_PORT=eighty");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("config/configured/.env"))).isFalse();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void interactiveSetupOnARealTerminalThroughTheServerCommandLine() throws Exception {
        env.put("TERM", "dumb");
        env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus"));
        try (PtySession session = PtySession.start(ChildJvm.javaCommand(ConfiguredServer.class, "--setup"), work, env)) {
            session.expect("SERVICE_API_KEY");
            session.expect("new value (hidden): ");
            session.type(SECRET);
            session.expect("SERVICE_PORT");
            session.expect("new value: ");
            session.type("not-a-port");
            session.expect("rejected");
            session.expect("new value: ");
            session.type("6060");
            session.expect("MCP_AUDIT_LOG");
            session.expect("new value: ");
            session.type("");
            session.expect("Setup complete");
            assertThat(session.waitFor()).isZero();
            assertThat(session.screen()).doesNotContain(SECRET);
        }
        assertThat(Files.readString(dir.resolve("config/configured/.env"))).contains("SERVICE_PORT=6060");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void secretStoredInTheRealKeychainBySetupIsUsedWhileServing() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        List<String> command = List.of(module.getParent().resolve("it/keychain/with-keyring.sh").toString(),
                module.resolve("target/test-classes/config/server-keychain-session.sh").toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), ChildJvm.classPath(), ConfiguredServer.class.getName());
        env.put("SESSION_SECRET", SECRET);
        ChildJvm.Result r = ChildJvm.run(command, work, env);
        String all = r.stdout() + r.stderr();
        assertThat(r.exitCode()).as(all).isZero();
        String session = r.stdout().substring(r.stdout().indexOf("--- session"), r.stdout().indexOf("--- validate"));
        assertThat(session).contains("with a key of " + SECRET.length() + " characters").doesNotContain("isError");
        String validate = r.stdout().substring(r.stdout().indexOf("--- validate"), r.stdout().indexOf("--- clear"));
        assertThat(validate).contains("SERVICE_API_KEY").contains("keychain").contains("****" + SECRET.substring(SECRET.length() - 4));
        assertThat(r.stdout().substring(r.stdout().indexOf("--- clear"))).contains("MISSING").contains("validate after clear exit 1");
        assertThat(all).doesNotContain(SECRET);
        assertThat(dir.resolve("config/configured/.env")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(Files.readString(p)).doesNotContain(SECRET));
    }

    @Test
    void describeListsSettingsWithoutAnySecretValue() throws Exception {
        env.put("SERVICE_API_KEY", SECRET);
        ChildJvm.Result r = run("", "--describe");
        assertThat(r.exitCode()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) Json.parse(r.stdout());
        assertThat(doc.get("describeVersion")).isEqualTo(1L);
        assertThat(doc.get("protocolVersions")).as("both eras: stateless, then those of initialize")
                .isEqualTo(List.of("2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> settings = (List<Map<String, Object>>) doc.get("settings");
        assertThat(settings).anySatisfy(s -> assertThat(s)
                .containsEntry("key", "SERVICE_API_KEY").containsEntry("secret", true).containsEntry("required", true));
        assertThat(r.stdout()).doesNotContain(SECRET);
        @SuppressWarnings("unchecked")
        Map<String, Object> schema = (Map<String, Object>) Json.parse(
                Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/describe-schema.json")));
        assertThat(dev.mcpkit.schema.SchemaValidator.validate(schema, doc)).as("--describe matches docs/describe-schema.json").isEmpty();
        doc.remove("settings");
        assertThat(dev.mcpkit.schema.SchemaValidator.validate(schema, doc)).as("the schema can fail").isNotEmpty();
    }

    @Test
    void secretNeverAppearsInAnythingTheServerWrites() throws Exception {
        env.put("SERVICE_API_KEY", SECRET);
        env.put("MCP_AUDIT_LOG", "file");
        List<String> outputs = new ArrayList<>();
        ChildJvm.Result serve = run(String.join("\n", INIT, call(1, "call_service", "{\"question\":\"q\"}"),
                call(2, "call_service", "{\"bad\":1}"), call(3, "nope", "{}"), "garbage") + "\n");
        assertThat(Json.write(response(serve, 1))).doesNotContain("isError");
        outputs.add(serve.stdout());
        outputs.add(serve.stderr());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--validate-config"}, new String[] {"--describe"},
                new String[] {"--version"})) {
            ChildJvm.Result r = run("", args);
            outputs.add(r.stdout());
            outputs.add(r.stderr());
        }
        Path audit = dir.resolve("state/configured/audit.jsonl");
        assertThat(audit).exists();
        assertThat(Files.readString(audit)).contains("tool_call").contains("secret_access");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                outputs.add(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        for (String text : outputs) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 12));
        }
    }
}
