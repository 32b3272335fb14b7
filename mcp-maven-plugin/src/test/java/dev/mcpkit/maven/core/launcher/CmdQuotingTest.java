package dev.mcpkit.maven.core.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A value quoted for the Windows launcher's java line, read back as text the way that line is read: cmd.exe's
 * percent expansion, then its special characters (only harmless inside double quotes), then the Java
 * launcher's own splitting of its command line into arguments (its Windows next_arg rules).
 */
class CmdQuotingTest {

    @Test
    void percentQuoteAndCmdOperatorsComeOutInert() {
        String value = "-Dx=100%PATH%!USERNAME!\"&calc";

        String quoted = CmdQuoting.argument(value);

        assertThat(quoted).isEqualTo("\"-Dx=100%%PATH%%!USERNAME!\"\"&calc\"");
        assertThat(javaArguments(afterCmd(quoted))).containsExactly(value);
    }

    @Test
    void everyAwkwardValueReachesJavaAsOneUnchangedArgument() {
        for (String value : List.of("", "plain", "a b", "-Dp=C:\\dir\\", "a\\\"b", "\\\\\"", "x^y&z|w<v>u(t)s", "%%", "%~dp0",
                "!A!^!", "\"\"", "caf\u00e9 \u2603", "C:\\Program Files (x86)\\Java\\")) {
            assertThat(javaArguments(afterCmd(CmdQuoting.argument(value)))).as(value).containsExactly(value);
        }
    }

    @Test
    void lineBreaksAreRefusedForNoQuotingCanHoldThem() {
        for (String value : List.of("a\nb", "a\rb", "a\u001ab")) {
            assertThatThrownBy(() -> CmdQuoting.argument(value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line break");
        }
    }

    /**
     * cmd.exe in a script without delayed expansion: %% becomes % (a single % would expand a variable), then no
     * operator or caret may stand outside double quotes.
     */
    private static String afterCmd(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '%') {
                assertThat(i + 1 < line.length() && line.charAt(i + 1) == '%').as("lone %% at %d of %s", i, line).isTrue();
                i++;
            }
            out.append(c);
        }
        boolean quoted = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                assertThat("&|<>()^ \t").as("'%s' outside quotes in %s", c, line).doesNotContain(String.valueOf(c));
            }
        }
        assertThat(quoted).as("unbalanced quotes in %s", line).isFalse();
        return out.toString();
    }

    /** The Java launcher's splitting of its Windows command line (src/java.base/windows/native/libjli/cmdtoargs.c). */
    private static List<String> javaArguments(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        int quotes = 0;
        int slashes = 0;
        char prev = 0;
        boolean started = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                if (prev == '\\') {
                    arg.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        arg.append('"');
                    } else {
                        quotes++;
                    }
                } else if (prev == '"' && quotes % 2 == 0) {
                    quotes++;
                    arg.append('"');
                } else if (quotes == 0) {
                    quotes++;
                } else {
                    quotes--;
                }
                slashes = 0;
                started = true;
            } else if (c == '\\') {
                slashes++;
                started = true;
            } else if ((c == ' ' || c == '\t') && quotes % 2 == 0) {
                arg.append("\\".repeat(prev == '\\' ? slashes : 0));
                if (started) {
                    args.add(arg.toString());
                }
                arg.setLength(0);
                quotes = 0;
                slashes = 0;
                started = false;
            } else {
                arg.append("\\".repeat(prev == '\\' ? slashes : 0)).append(c);
                slashes = 0;
                started = true;
            }
            prev = c;
        }
        arg.append("\\".repeat(prev == '\\' ? slashes : 0));
        if (started) {
            args.add(arg.toString());
        }
        return args;
    }
}
