package dev.mcpkit.maven.core.launcher;

/**
 * Quotes a value as one argument on the Windows launcher's java line, for both readers of that line. cmd.exe
 * expands {@code %VAR%} anywhere, so {@code %} is doubled; it acts on {@code & | < > ( ) ^} only outside double
 * quotes, so a {@code "} in the value is doubled too, which keeps cmd.exe inside the quotes. The Java launcher
 * then splits the line by the Windows argv rules: {@code ""} inside quotes is one {@code "}, and backslashes
 * before a quote are doubled so that they stay backslashes. The line runs without delayed expansion, so
 * {@code !} needs nothing.
 */
final class CmdQuoting {

    private CmdQuoting() {
    }

    /** False for a line break (or Ctrl-Z, which cmd.exe reads as one): it would end the line, and no quoting holds it. */
    static boolean fitsOnALine(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\u001a') < 0;
    }

    /** {@code value} as one double-quoted argument; refuses what does not {@linkplain #fitsOnALine fit on a line}. */
    static String argument(String value) {
        if (!fitsOnALine(value)) {
            throw new IllegalArgumentException("'" + value + "' contains a line break, which no line of a .cmd script can hold");
        }
        StringBuilder out = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : value.toCharArray()) {
            if (c == '"') {
                out.append("\\".repeat(backslashes)).append("\"\"");
            } else if (c == '%') {
                out.append("%%");
            } else {
                out.append(c);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return out.append("\\".repeat(backslashes)).append('"').toString();
    }
}
