package dev.mcpkit.maven.core.clients;

import java.util.List;

/** Quotes words for a POSIX shell command line. */
final class ShellQuoting {

    private ShellQuoting() {
    }

    static String posix(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_./:=+,@%".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** The words as one command line, each quoted where it needs it. */
    static String line(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.length() == 0 ? "" : " ").append(posix(word));
        }
        return line.toString();
    }
}
