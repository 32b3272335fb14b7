package dev.mcpkit.maven.core.clients;

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
}
