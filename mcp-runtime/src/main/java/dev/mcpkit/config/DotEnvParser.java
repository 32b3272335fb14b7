package dev.mcpkit.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@code .env} reader (no regex: it runs at server start-up).
 *
 * <ul>
 *   <li>{@code # comment} lines and blank lines are ignored; CRLF and LF line ends both work;</li>
 *   <li>an optional {@code export } prefix is dropped;</li>
 *   <li>{@code KEY='literal'}: nothing inside single quotes is interpreted;</li>
 *   <li>{@code KEY="text"}: escapes {@code \n \r \t \" \\ \$} and {@code ${VAR}} expansion;</li>
 *   <li>{@code KEY=text}: trimmed, cut at an inline comment ({@code  #} after a space), {@code ${VAR}} expanded;</li>
 *   <li>quoted values may span lines;</li>
 *   <li>{@code ${VAR}} (or {@code ${VAR:-fallback}}) takes VAR from earlier keys of the file, then from
 *       the process environment, else the empty string.</li>
 * </ul>
 * Errors name the file and line and never echo the value.
 */
final class DotEnvParser {

    private final String text;
    private final Path path;
    private final Map<String, String> environment;
    private final Map<String, String> seen = new HashMap<>();
    private boolean expandedInValue;   // the value being read took text from a ${VAR}
    private final List<DotEnvEntry> entries = new ArrayList<>();
    private int pos;
    private int line = 1;

    DotEnvParser(String text, Path path, Map<String, String> environment) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.path = path;
        this.environment = environment;
    }

    List<DotEnvEntry> parse() {
        while (pos < text.length()) {
            skipBlanks();
            if (atLineEnd()) {
                skipLineEnd();
                continue;
            }
            if (text.charAt(pos) == '#') {
                skipToLineEnd();
                skipLineEnd();
                continue;
            }
            parseAssignment();
        }
        return entries;
    }

    private void parseAssignment() {
        int startLine = line;
        if (text.startsWith("export", pos) && pos + 6 < text.length()
                && (text.charAt(pos + 6) == ' ' || text.charAt(pos + 6) == '\t')) {
            pos += 6;
            skipBlanks();
        }
        int keyStart = pos;
        while (pos < text.length() && isKeyChar(text.charAt(pos), pos == keyStart)) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        if (key.isEmpty()) {
            throw error(startLine, "expected KEY=VALUE (a key starts with a letter or '_')");
        }
        skipBlanks();
        if (pos >= text.length() || text.charAt(pos) != '=') {
            throw error(startLine, "expected '=' after the key (the line is not shown: it may hold a secret)");
        }
        pos++;
        skipBlanks();
        String value;
        expandedInValue = false;
        char first = pos < text.length() ? text.charAt(pos) : '\n';
        if (first == '\'') {
            value = singleQuoted(key, startLine);
            afterClosingQuote(key);
        } else if (first == '"') {
            value = doubleQuoted(key, startLine);
            afterClosingQuote(key);
        } else {
            value = unquoted(key, startLine);
        }
        entries.add(new DotEnvEntry(key, value, startLine, line, expandedInValue));
        seen.put(key, value);
        skipLineEnd();
    }

    private String singleQuoted(String key, int startLine) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(startLine, "the single-quoted value of " + key + " has no closing quote");
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                pos++;
                return value.toString();
            }
            appendQuotedChar(value, c);
        }
    }

    private String doubleQuoted(String key, int startLine) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(startLine, "the double-quoted value of " + key + " has no closing quote");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return value.toString();
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char next = text.charAt(pos + 1);
                String escaped = escape(next);
                if (escaped != null) {
                    value.append(escaped);
                    pos += 2;
                    continue;
                }
            }
            if (c == '$' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                expand(value, key, startLine);
                continue;
            }
            appendQuotedChar(value, c);
        }
    }

    /** Appends one character inside quotes, turning CRLF into LF and counting lines. */
    private void appendQuotedChar(StringBuilder value, char c) {
        if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
            return;
        }
        if (c == '\n') {
            line++;
        }
        value.append(c);
        pos++;
    }

    private static String escape(char c) {
        switch (c) {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case '"':
                return "\"";
            case '\\':
                return "\\";
            case '$':
                return "$";
            default:
                return null;
        }
    }

    private String unquoted(String key, int startLine) {
        StringBuilder value = new StringBuilder();
        while (!atLineEnd()) {
            char c = text.charAt(pos);
            if (c == '#' && (value.length() == 0 || isBlank(value.charAt(value.length() - 1)))) {
                skipToLineEnd();
                break;
            }
            if (c == '$' && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
                expand(value, key, startLine);
                continue;
            }
            value.append(c);
            pos++;
        }
        int end = value.length();
        while (end > 0 && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** Expands {@code ${NAME}} or {@code ${NAME:-fallback}} starting at {@code pos}. */
    private void expand(StringBuilder value, String key, int startLine) {
        int close = text.indexOf('}', pos + 2);
        int lineEnd = lineEndFrom(pos);
        if (close < 0 || close > lineEnd) {
            throw error(startLine, "unterminated ${ in the value of " + key);
        }
        String inner = text.substring(pos + 2, close);
        String fallback = "";
        int dash = inner.indexOf(":-");
        if (dash >= 0) {
            fallback = inner.substring(dash + 2);
            inner = inner.substring(0, dash);
        }
        if (!SettingDefinition.isValidKey(inner)) {
            throw error(startLine, "invalid variable name in ${...} in the value of " + key);
        }
        String found = seen.get(inner);
        if (found == null && environment != null) {
            found = environment.get(inner);
        }
        value.append(found == null || found.isEmpty() ? fallback : found);
        expandedInValue = true;
        pos = close + 1;
    }

    private void afterClosingQuote(String key) {
        skipBlanks();
        if (atLineEnd()) {
            return;
        }
        if (text.charAt(pos) == '#') {
            skipToLineEnd();
            return;
        }
        throw error(line, "unexpected text after the closing quote of " + key);
    }

    private int lineEndFrom(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private boolean atLineEnd() {
        if (pos >= text.length()) {
            return true;
        }
        char c = text.charAt(pos);
        return c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) == '\n'));
    }

    private void skipLineEnd() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
            line++;
        }
    }

    private void skipToLineEnd() {
        while (!atLineEnd()) {
            pos++;
        }
    }

    private void skipBlanks() {
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isKeyChar(char c, boolean first) {
        if (c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            return true;
        }
        return !first && ((c >= '0' && c <= '9') || c == '.');
    }

    private DotEnvException error(int atLine, String reason) {
        return new DotEnvException(path, atLine, reason);
    }
}
