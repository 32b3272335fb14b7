package dev.mcpkit.config;

import dev.mcpkit.SettingType;
import dev.mcpkit.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The audit log: one JSON object per line for each tool call (time, tool, argument names — never
 * values —, outcome, duration, request id, client, session), each secret access (key and source,
 * never the value), each configuration load and each rejected request.
 *
 * <p>The target is chosen by the setting {@value #SETTING_KEY}: {@code off} (default), {@code stderr}
 * or {@code file} ({@code audit.jsonl} in the state directory, owner-only, rotated at
 * {@link #DEFAULT_MAX_BYTES} keeping {@link #DEFAULT_KEEP} old files). Appends from concurrent
 * calls never interleave. A target that cannot be written is reported once on the diagnostics
 * stream; events are then dropped and serving goes on.
 */
public final class AuditLog implements AutoCloseable {

    public static final String SETTING_KEY = "MCP_AUDIT_LOG";
    public static final String FILE_NAME = "audit.jsonl";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 3;

    private static final AuditLog OFF = new AuditLog(null, null, 0, 0, null);

    private final PrintStream stream;
    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final PrintStream diagnostics;
    private OutputStream out;
    private long size;
    private boolean reported;

    private AuditLog(PrintStream stream, Path file, long maxBytes, int keep, PrintStream diagnostics) {
        this.stream = stream;
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.diagnostics = diagnostics;
    }

    /** The declaration of {@value #SETTING_KEY}; add it to the server's {@link SettingsModel}. */
    public static SettingDefinition setting() {
        return SettingDefinition.builder(SETTING_KEY)
                .description("Audit log of tool calls and secret access: off, stderr, or file (" + FILE_NAME + " in the state directory)")
                .allowedValues(List.of("off", "stderr", "file"))
                .type(SettingType.ENUM)
                .defaultValue("off")
                .build();
    }

    /**
     * The audit log chosen by {@value #SETTING_KEY} in resolved settings (off when not declared or
     * invalid; an invalid value says so on the diagnostics stream, since nothing else would show it).
     */
    public static AuditLog fromSettings(ResolvedSettings settings) {
        Object target = settings.value(SETTING_KEY);
        ConfigEnvironment env = settings.environment();
        ResolvedSetting setting = settings.get(SETTING_KEY);
        if (setting != null && setting.status() == SettingStatus.INVALID) {
            env.diagnostics().println(env.serverName() + ": audit log off: " + setting.problem());
        }
        return forTarget(target == null ? "off" : target.toString(), env.stateDir(), env.diagnostics());
    }

    /** {@code off}, {@code stderr} or {@code file}. */
    public static AuditLog forTarget(String target, Path stateDir, PrintStream diagnostics) {
        switch (target) {
            case "stderr":
                return stderr(diagnostics);
            case "file":
                return file(stateDir.resolve(FILE_NAME), DEFAULT_MAX_BYTES, DEFAULT_KEEP, diagnostics);
            default:
                return off();
        }
    }

    public static AuditLog off() {
        return OFF;
    }

    /** Events as lines on {@code stream} (stderr: stdout carries the protocol). */
    public static AuditLog stderr(PrintStream stream) {
        return new AuditLog(stream, null, 0, 0, stream);
    }

    /** Events appended to {@code file}, rotated to {@code file.1} ... {@code file.<keep>} beyond {@code maxBytes}. */
    public static AuditLog file(Path file, long maxBytes, int keep, PrintStream diagnostics) {
        return new AuditLog(null, file, maxBytes, keep, diagnostics);
    }

    public boolean enabled() {
        return stream != null || file != null;
    }

    /**
     * A tool call.
     *
     * @param outcome e.g. {@code ok}, {@code tool_error} (isError result), {@code failed} (exception), {@code denied}
     * @param caller  the subject of the caller's access token (HTTP with authorization on), or null
     */
    public void toolCall(String tool, Collection<String> argumentNames, String outcome, long durationMillis, Object requestId,
            String clientName, String clientVersion, String session, String caller) {
        if (!enabled()) {
            return;
        }
        List<Object> names = argumentNames == null ? new ArrayList<>() : new ArrayList<Object>(argumentNames);
        write(Json.object("time", now(), "event", "tool_call", "tool", tool, "arguments", names, "outcome", outcome,
                "durationMs", durationMillis, "requestId", requestId, "client", client(clientName, clientVersion),
                "session", session, "caller", caller));
    }

    /** A secret was read; the source is a {@link SettingSource#label()} such as {@code keychain}. */
    public void secretAccess(String key, String source) {
        if (enabled()) {
            write(Json.object("time", now(), "event", "secret_access", "key", key, "source", source));
        }
    }

    /** The configuration was loaded: each key with its source and status, then one secret access per secret that has a value. */
    public void configurationLoaded(ResolvedSettings settings) {
        if (!enabled()) {
            return;
        }
        List<Object> entries = new ArrayList<>();
        for (ResolvedSetting s : settings.all()) {
            entries.add(Json.object("key", s.key(), "source", s.source().label(), "status", s.status().label()));
        }
        write(Json.object("time", now(), "event", "configuration_loaded", "server", settings.environment().serverName(),
                "settings", entries, "complete", settings.isComplete()));
        for (ResolvedSetting s : settings.all()) {
            if (s.definition().secret() && s.rawValue() != null) {
                secretAccess(s.key(), s.source().label());
            }
        }
    }

    /** A request refused before it reached a handler (bad origin, malformed message, too large...). */
    public void requestRejected(String method, String reason, Object requestId, String clientName, String clientVersion,
            String session) {
        if (enabled()) {
            write(Json.object("time", now(), "event", "request_rejected", "method", method, "reason", reason,
                    "requestId", requestId, "client", client(clientName, clientVersion), "session", session));
        }
    }

    private static Map<String, Object> client(String name, String version) {
        return name == null && version == null ? null : Json.object("name", name, "version", version);
    }

    private static String now() {
        return Instant.now().toString();
    }

    /** Appends one event as a line; never throws. */
    void write(Map<String, Object> event) {
        String line = Json.write(event);
        if (stream != null) {
            synchronized (this) {
                stream.println(line);
                stream.flush();
            }
            return;
        }
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            try {
                if (out == null) {
                    open();
                }
                if (size > 0 && size + bytes.length > maxBytes) {
                    rotate();
                }
                out.write(bytes);
                out.flush();
                size += bytes.length;
            } catch (IOException | RuntimeException e) {
                closeQuietly();
                if (!reported) {
                    reported = true;
                    diagnostics.println("audit log: cannot write " + file + " (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); audit events are dropped");
                }
            }
        }
    }

    private void open() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix && !Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another process created it first; append to it
            }
        }
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        closeQuietly();
        Files.deleteIfExists(sibling(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(sibling(i))) {
                Files.move(sibling(i), sibling(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep >= 1) {
            Files.move(file, sibling(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(file);
        }
        open();
    }

    private Path sibling(int index) {
        return file.resolveSibling(file.getFileName() + "." + index);
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to lose
            }
            out = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
