package dev.mcpkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final String SECRET = "sk-live-abcdefgh1234";

    @TempDir
    Path dir;

    final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    private PrintStream diagnosticsStream() {
        return new PrintStream(diagnostics, true, StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Path file) throws Exception {
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            events.add((Map<String, Object>) Json.parse(line));
        }
        return events;
    }

    @Test
    void eventsAreJsonLinesWithNamesButNoValues() throws Exception {
        Path file = dir.resolve("state/audit.jsonl");
        try (AuditLog log = AuditLog.file(file, AuditLog.DEFAULT_MAX_BYTES, 3, diagnosticsStream())) {
            log.toolCall("forecast", List.of("city", "days"), "ok", 12, 7L, "claude-code", "2.1.0", "s-1", null);
            log.secretAccess("API_KEY", "keychain");
            log.requestRejected("tools/call", "unknown tool", "abc", "client", "1", null);
        }
        List<Map<String, Object>> events = events(file);
        assertThat(events).hasSize(3);
        Map<String, Object> call = events.get(0);
        assertThat(call.keySet()).containsExactly("time", "event", "tool", "arguments", "outcome", "durationMs", "requestId", "client", "session");
        assertThat(call).containsEntry("event", "tool_call").containsEntry("tool", "forecast")
                .containsEntry("arguments", List.of("city", "days")).containsEntry("outcome", "ok").containsEntry("durationMs", 12L)
                .containsEntry("requestId", 7L).containsEntry("client", Map.of("name", "claude-code", "version", "2.1.0"))
                .containsEntry("session", "s-1");
        assertThat((String) call.get("time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(events.get(1)).containsEntry("event", "secret_access").containsEntry("key", "API_KEY").containsEntry("source", "keychain");
        assertThat(events.get(2)).containsEntry("event", "request_rejected").containsEntry("method", "tools/call")
                .containsEntry("reason", "unknown tool").doesNotContainKey("session");
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void configurationLoadRecordsSourcesAndSecretAccessWithoutValues() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("API_KEY", SECRET);
        env.put(AuditLog.SETTING_KEY, "file");
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").environment(env).workingDir(dir).configDir(dir.resolve("cfg"))
                .stateDir(dir.resolve("state")).keychain(new MemoryKeychain()).diagnostics(diagnosticsStream()).build();
        SettingsModel model = new SettingsModel().add(SettingDefinition.builder("API_KEY").secret(true).build()).add(AuditLog.setting());
        ResolvedSettings settings = new SettingsResolver(environment).resolve(model);
        try (AuditLog log = AuditLog.fromSettings(settings)) {
            assertThat(log.enabled()).isTrue();
            log.configurationLoaded(settings);
        }
        Path file = dir.resolve("state").resolve(AuditLog.FILE_NAME);
        List<Map<String, Object>> events = events(file);
        assertThat(events.get(0)).containsEntry("event", "configuration_loaded").containsEntry("server", "weather")
                .containsEntry("complete", true)
                .containsEntry("settings", List.of(Map.of("key", "API_KEY", "source", "env", "status", "ok"),
                        Map.of("key", AuditLog.SETTING_KEY, "source", "env", "status", "ok")));
        assertThat(events.get(1)).containsEntry("event", "secret_access").containsEntry("key", "API_KEY").containsEntry("source", "env");
        assertThat(Files.readString(file)).doesNotContain(SECRET).doesNotContain("1234");
    }

    @Test
    void offIsTheDefaultAndWritesNothing() {
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").environment(Map.of()).workingDir(dir).configDir(dir)
                .stateDir(dir.resolve("state")).keychain(new MemoryKeychain()).build();
        ResolvedSettings settings = new SettingsResolver(environment).resolve(new SettingsModel().add(AuditLog.setting()));
        AuditLog log = AuditLog.fromSettings(settings);
        assertThat(log.enabled()).isFalse();
        log.toolCall("t", List.of(), "ok", 1, 1L, null, null, null, null);
        assertThat(dir.resolve("state")).doesNotExist();
    }

    @Test
    void anInvalidTargetSaysOnStderrThatTheAuditLogIsOff() {
        ConfigEnvironment environment = ConfigEnvironment.builder("weather").environment(Map.of(AuditLog.SETTING_KEY, "fil"))
                .workingDir(dir).configDir(dir).stateDir(dir.resolve("state")).keychain(new MemoryKeychain())
                .diagnostics(diagnosticsStream()).build();
        ResolvedSettings settings = new SettingsResolver(environment).resolve(new SettingsModel().add(AuditLog.setting()));
        assertThat(AuditLog.fromSettings(settings).enabled()).isFalse();
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).startsWith("weather: audit log off: MCP_AUDIT_LOG from the environment:")
                .contains("off").contains("stderr").contains("file");
    }

    @Test
    void stderrTargetWritesOneLinePerEvent() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AuditLog log = AuditLog.forTarget("stderr", dir, new PrintStream(err, true, StandardCharsets.UTF_8));
        log.secretAccess("API_KEY", "env");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("{\"time\":\"").endsWith("\"event\":\"secret_access\",\"key\":\"API_KEY\",\"source\":\"env\"}\n");
    }

    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        int threads = 8;
        int perThread = 250;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        try (AuditLog log = AuditLog.file(file, AuditLog.DEFAULT_MAX_BYTES, 3, diagnosticsStream())) {
            for (int t = 0; t < threads; t++) {
                String session = "s" + t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        log.toolCall("tool", List.of("a", "b"), "ok", i, (long) i, "c", "1", session, null);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }
        }
        List<Map<String, Object>> events = events(file);
        assertThat(events).hasSize(threads * perThread);
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> event : events) {
            seen.add(event.get("session") + "/" + event.get("requestId"));
        }
        assertThat(seen).hasSize(threads * perThread);
    }

    @Test
    void rotatesBySizeAndKeepsThreeOldFiles() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (AuditLog log = AuditLog.file(file, 1000, 3, diagnosticsStream())) {
            for (int i = 0; i < 100; i++) {
                log.toolCall("tool", List.of("argument"), "ok", i, (long) i, "client", "1.0", "session", null);
            }
        }
        assertThat(file).exists();
        assertThat(dir.resolve("audit.jsonl.1")).exists();
        assertThat(dir.resolve("audit.jsonl.2")).exists();
        assertThat(dir.resolve("audit.jsonl.3")).exists();
        assertThat(dir.resolve("audit.jsonl.4")).doesNotExist();
        for (String name : List.of("audit.jsonl", "audit.jsonl.1", "audit.jsonl.2", "audit.jsonl.3")) {
            assertThat(Files.size(dir.resolve(name))).as(name).isLessThanOrEqualTo(1000);
        }
        List<Map<String, Object>> newest = events(file);
        assertThat(newest.get(newest.size() - 1)).containsEntry("requestId", 99L);
        List<Map<String, Object>> older = events(dir.resolve("audit.jsonl.1"));
        assertThat((Long) older.get(older.size() - 1).get("requestId") + 1).isEqualTo(newest.get(0).get("requestId"));
    }

    @Test
    void unwritableTargetIsReportedOnceAndNeverThrows() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        AuditLog log = AuditLog.file(notADirectory.resolve("audit.jsonl"), 1000, 3, diagnosticsStream());
        for (int i = 0; i < 5; i++) {
            log.toolCall("tool", List.of(), "ok", 1, (long) i, null, null, null, null);
        }
        String reported = diagnostics.toString(StandardCharsets.UTF_8);
        assertThat(reported).startsWith("audit log: cannot write " + notADirectory.resolve("audit.jsonl"))
                .endsWith("; audit events are dropped\n");
        assertThat(reported.split("\n", -1)).hasSize(2);
    }
}
