package dev.mcpkit.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Updates a {@code .env} file in place for {@code --setup}: assigned keys are rewritten where
 * they stand, other lines and comments are kept, new keys are appended. The file is written to a
 * temporary file created owner-only (0600 on POSIX, an owner-only ACL on Windows) and moved over the old one, so it is never
 * readable by others, not even for a moment, and never half-written.
 */
public final class DotEnvWriter {

    private DotEnvWriter() {
    }

    /**
     * Sets {@code values} and removes {@code remove} in {@code file}, creating it (and its
     * directory, owner-only) when missing.
     *
     * @throws DotEnvException when the existing file is malformed (it is then left untouched)
     */
    public static void update(Path file, Map<String, String> values, Collection<String> remove) throws IOException {
        String old;
        try {
            old = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            old = "";
        }
        writeAtomically(file, render(old, file, values, remove));
    }

    /** The new text of a file whose current text is {@code old}. */
    static String render(String old, Path file, Map<String, String> values, Collection<String> remove) {
        List<DotEnvEntry> entries = new DotEnvParser(old, file, Map.of()).parse();
        String newline = old.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = splitLines(old);
        Map<String, String> pending = new LinkedHashMap<>(values);
        Set<String> removed = new HashSet<>(remove);
        Set<String> written = new HashSet<>();
        String[] replacement = new String[lines.size() + 1];
        boolean[] dropped = new boolean[lines.size() + 1];
        for (DotEnvEntry entry : entries) {
            String key = entry.key();
            boolean assign = values.containsKey(key) && !written.contains(key);
            if (assign || values.containsKey(key) || removed.contains(key)) {
                for (int l = entry.line(); l <= entry.endLine() && l <= lines.size(); l++) {
                    dropped[l] = true;
                }
                if (assign) {
                    dropped[entry.line()] = false;
                    replacement[entry.line()] = key + "=" + quote(values.get(key));
                    written.add(key);
                    pending.remove(key);
                }
            }
        }
        StringBuilder out = new StringBuilder(old.length() + 64);
        for (int l = 1; l <= lines.size(); l++) {
            if (dropped[l]) {
                continue;
            }
            out.append(replacement[l] != null ? replacement[l] : lines.get(l - 1)).append(newline);
        }
        for (Map.Entry<String, String> entry : pending.entrySet()) {
            out.append(entry.getKey()).append('=').append(quote(entry.getValue())).append(newline);
        }
        return out.toString();
    }

    /** Writes a value so that {@link DotEnvParser} reads it back unchanged. */
    static String quote(String value) {
        if (!value.isEmpty() && isPlain(value)) {
            return value;
        }
        if (value.indexOf('\'') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return "'" + value + "'";
        }
        StringBuilder out = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '"':
                    out.append("\\\"");
                    break;
                case '$':
                    out.append("\\$");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "_./:@+,=%-".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** Lines without their terminators; a final line without a newline counts, a trailing newline adds none. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, contentEnd));
            start = end + 1;
        }
        return lines;
    }

    /** Windows: replaces inherited access with a single entry for the owner (the config dir is per-user already). */
    private static void restrictToOwner(Path file) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
        view.setAcl(List.of(entry));
    }

    /** Creates the directory owner-only, writes a 0600 temporary file beside the target and moves it into place. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, ".env.", ".tmp", attributes);
        try {
            if (!posix) {
                restrictToOwner(temp);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
