package dev.mcpkit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A server under test: a name and the command that starts it, split into words like a POSIX shell would (quotes
 * and backslashes, nothing else). The command is started directly, not through a shell, so the process the
 * driver measures is the server itself; pass {@code sh -c '...'} explicitly to get shell features.
 */
public record ServerSpec(String name, List<String> command, Path jar) {

    public ServerSpec {
        command = List.copyOf(command);
    }

    /** Parses {@code name=command}. */
    static ServerSpec parse(String nameEqualsCommand) {
        int eq = nameEqualsCommand.indexOf('=');
        if (eq <= 0 || eq == nameEqualsCommand.length() - 1) {
            throw new IllegalArgumentException("--server expects name=command, got: " + nameEqualsCommand);
        }
        String name = nameEqualsCommand.substring(0, eq).trim();
        List<String> words = words(nameEqualsCommand.substring(eq + 1));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("--server " + name + " has an empty command");
        }
        return new ServerSpec(name, words, jarOf(words));
    }

    ServerSpec withJar(Path jar) {
        return new ServerSpec(name, command, jar);
    }

    /** The command with {@code prefix} (e.g. {@code taskset -c 1}) in front. */
    List<String> commandWith(List<String> prefix) {
        if (prefix.isEmpty()) {
            return command;
        }
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        return Collections.unmodifiableList(all);
    }

    String commandLine() {
        StringBuilder b = new StringBuilder();
        for (String w : command) {
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean plain = !w.isEmpty();
            for (int i = 0; i < w.length() && plain; i++) {
                plain = "\"' \\$`\t\n*?;&|<>()".indexOf(w.charAt(i)) < 0;
            }
            b.append(plain ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }

    /** The jar after {@code -jar}, else the first jar of {@code -cp}/{@code -classpath}/{@code --class-path}. */
    static Path jarOf(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("-jar")) {
                return Path.of(words.get(i + 1));
            }
            if (w.equals("-cp") || w.equals("-classpath") || w.equals("--class-path")) {
                for (String entry : words.get(i + 1).split(java.io.File.pathSeparator)) {
                    if (entry.endsWith(".jar")) {
                        return Path.of(entry);
                    }
                }
            }
        }
        return null;
    }

    /** Splits a command line into words: whitespace separates, '...' is literal, "..." and \ escape. */
    public static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated ' in: " + line);
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (ch == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        c = line.charAt(++i);
                    }
                    w.append(c);
                    i++;
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unterminated \" in: " + line);
                }
                inWord = true;
            } else if (ch == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(ch);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
