package dev.mcpkit.maven.core.install;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import dev.mcpkit.maven.core.clients.ClientConfigWriter;
import dev.mcpkit.maven.core.clients.ConfigFormat;
import dev.mcpkit.maven.core.clients.MalformedConfigException;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges a server into a client's real configuration file, or removes it. Everything else in the file is
 * kept (other servers, unknown keys, their order); the file is replaced atomically after a timestamped
 * backup; a file that cannot be read is refused and left byte for byte as it was. A symbolic link (a config
 * kept with dotfiles) is written through: its target is edited and backed up beside itself, the link stays.
 *
 * <p>JSON with comments (Zed's settings.json), YAML (Goose) and TOML (Codex) are edited as text ({@link JsoncEditor},
 * {@link YamlEditor}, {@link TomlEditor}) so their comments, anchors and aliases stay; the edit is used only if it reads back as
 * exactly the intended tree, else the file is refused with the entry to paste by hand.
 */
public final class ConfigInstaller {

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public ConfigInstaller(Clock clock) {
        this.clock = clock;
    }

    public InstallResult install(ClientConfigWriter writer, Path file, String name, LaunchSpec spec, boolean dryRun)
            throws ConfigFileException {
        Path target = linkTarget(file);
        String before = readText(target);
        Parsed parsed = parse(writer, file, before);
        ObjectNode document = parsed.document;
        ObjectNode original = document.deepCopy();
        try {
            writer.add(document, name, spec);
        } catch (MalformedConfigException e) {
            throw new ConfigFileException(file + ": " + e.getMessage() + ". Fix that key by hand (the file was left unchanged).");
        }
        List<String> placeholders = writer.placeholders(spec);
        if (before != null && document.equals(original)) {
            return new InstallResult(InstallResult.Outcome.UNCHANGED, file, null, "", placeholders);
        }
        String after = parsed.editor == null
                ? writer.format().write(document)
                : spliced(file, writer.format(), parsed.editor, document,
                        parsed.editor.put(before, writer.serversKey(), name, document.path(writer.serversKey()).get(name)),
                        "Add this entry by hand:\n" + writer.snippetText(name, spec));
        return write(file, target, before, after, dryRun,
                before == null ? InstallResult.Outcome.CREATED : InstallResult.Outcome.UPDATED, placeholders);
    }

    public InstallResult uninstall(ClientConfigWriter writer, Path file, String name, boolean dryRun) throws ConfigFileException {
        Path target = linkTarget(file);
        String before = readText(target);
        if (before == null) {
            return new InstallResult(InstallResult.Outcome.NOT_PRESENT, file, null, "", List.of());
        }
        Parsed parsed = parse(writer, file, before);
        ObjectNode document = parsed.document;
        boolean removed;
        try {
            removed = writer.remove(document, name);
        } catch (MalformedConfigException e) {
            throw new ConfigFileException(file + ": " + e.getMessage() + ". Fix that key by hand (the file was left unchanged).");
        }
        if (!removed) {
            return new InstallResult(InstallResult.Outcome.NOT_PRESENT, file, null, "", List.of());
        }
        String after = parsed.editor == null
                ? writer.format().write(document)
                : spliced(file, writer.format(), parsed.editor, document, parsed.editor.remove(before, writer.serversKey(), name),
                        "Remove \"" + name + "\" from \"" + writer.serversKey() + "\" by hand.");
        return write(file, target, before, after, dryRun, InstallResult.Outcome.REMOVED, List.of());
    }

    /**
     * A text edit is used only when it reads back as exactly the tree edit; otherwise the file is refused
     * rather than rewritten without its comments.
     */
    private static String spliced(Path file, ConfigFormat format, InPlaceEditor editor, ObjectNode expected, String edited,
                                  String byHand) throws ConfigFileException {
        if (edited != null) {
            try {
                if (format.read(edited).equals(expected)) {
                    return edited;
                }
            } catch (MalformedConfigException e) {
                // falls through to the refusal
            }
        }
        throw new ConfigFileException(file + " " + editor.whyInPlace() + ", and its layout is one this plugin"
                + " cannot edit in place, so it was left unchanged. " + byHand);
    }

    /** The file to read and replace: {@code file} itself, or the file a symbolic link ends at. */
    private static Path linkTarget(Path file) throws ConfigFileException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new ConfigFileException(file + " is a symbolic link to " + pointsTo(file) + ", which does not exist; it was left"
                    + " unchanged. Create that file (or fix the link), or point -Dmcp.configFile at another file.");
        } catch (IOException e) {
            throw new ConfigFileException("cannot follow the symbolic link " + file + ": " + e, e);
        }
    }

    private static String pointsTo(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing file";
        }
    }

    /** Writes {@code target} (the real file behind {@code file}); results and diffs name {@code file}, as the user did. */
    private InstallResult write(Path file, Path target, String before, String edited, boolean dryRun, InstallResult.Outcome outcome,
                                List<String> placeholders) throws ConfigFileException {
        // a file written on Windows keeps its CRLF line ends
        String after = before != null && before.contains("\r\n") ? edited.replaceAll("(?<!\r)\n", "\r\n") : edited;
        String diff = LineDiff.unified(before == null ? "/dev/null" : file.toString(), file.toString(),
                before == null ? "" : before, after);
        if (dryRun) {
            return new InstallResult(InstallResult.Outcome.DRY_RUN, file, null, diff, placeholders);
        }
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path backup = before == null ? null : backup(target);
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, after, StandardCharsets.UTF_8);
                copyPermissions(target, temp);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return new InstallResult(outcome, file, backup, diff, placeholders);
        } catch (IOException e) {
            throw new ConfigFileException("cannot write " + file + ": " + e, e);
        }
    }

    private Path backup(Path file) throws IOException {
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path backup = file.resolveSibling(file.getFileName() + ".bak-" + stamp);
        for (int n = 1; ; n++) {
            try {
                Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
                return backup;
            } catch (FileAlreadyExistsException e) {
                backup = file.resolveSibling(file.getFileName() + ".bak-" + stamp + "-" + n);
            }
        }
    }

    /** ~/.claude.json and friends may be owner-only; the replacement must not widen that. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.exists(from) && Files.getFileAttributeView(from, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    private static String readText(Path file) throws ConfigFileException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigFileException(file + " is not UTF-8 text; it was left unchanged. Save it as UTF-8, or point -Dmcp.configFile at another file.");
        } catch (IOException e) {
            throw new ConfigFileException("cannot read " + file + ": " + e, e);
        }
    }

    /**
     * A parsed file and the editor that changes it as text: YAML always (comments, anchors), JSON only when
     * it needed the lenient JSONC reading (comments, trailing commas); null when a rewrite loses nothing.
     */
    private record Parsed(ObjectNode document, InPlaceEditor editor) {
    }

    private static Parsed parse(ClientConfigWriter writer, Path file, String text) throws ConfigFileException {
        if (text == null) {
            return new Parsed(JsonNodeFactory.instance.objectNode(), null);
        }
        ConfigFormat format = writer.format();
        try {
            ObjectNode document = format.read(text);
            InPlaceEditor editor = format == ConfigFormat.YAML ? YamlEditor.INSTANCE : format == ConfigFormat.TOML ? TomlEditor.INSTANCE : null;
            if (format == ConfigFormat.JSONC) {
                try {
                    ConfigFormat.JSON.read(text);
                } catch (MalformedConfigException lenientOnly) {
                    editor = JsoncEditor.INSTANCE;
                }
            }
            return new Parsed(document, editor);
        } catch (MalformedConfigException e) {
            String kind = format == ConfigFormat.YAML ? "YAML" : format == ConfigFormat.TOML ? "TOML" : "JSON";
            throw new ConfigFileException(file + " is not valid " + kind + ": " + e.problem()
                    + (e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "")
                    + ".\nThe file was left unchanged. Fix it (" + writer.displayName()
                    + " cannot read it either), or move it away to start afresh, or point -Dmcp.configFile at another file.");
        }
    }
}
