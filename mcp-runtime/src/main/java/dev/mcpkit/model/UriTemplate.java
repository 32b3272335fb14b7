package dev.mcpkit.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6570 URI template of simple ({@code {id}}) and reserved ({@code {+path}}) expressions,
 * matched against concrete URIs to bind its variables. Values are percent-decoded, then checked: a
 * simple variable never spans a {@code /} and is never {@code .} or {@code ..}, so a handler that
 * turns it into a file name stays inside its directory; only {@code {+var}} spans segments.
 */
public final class UriTemplate {

    private final String template;
    private final List<String> literals = new ArrayList<>();   // literal before each variable, plus the tail
    private final List<String> variables = new ArrayList<>();
    private final List<Boolean> reserved = new ArrayList<>();

    public UriTemplate(String template) {
        this.template = template;
        int pos = 0;
        StringBuilder literal = new StringBuilder();
        while (pos < template.length()) {
            char c = template.charAt(pos);
            if (c == '{') {
                int end = template.indexOf('}', pos);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '{' in URI template " + template);
                }
                String expr = template.substring(pos + 1, end);
                boolean plus = expr.startsWith("+");
                String name = plus ? expr.substring(1) : expr;
                if (name.isEmpty() || !isVarName(name)) {
                    throw new IllegalArgumentException("unsupported expression {" + expr + "} in URI template " + template
                            + " (supported: {name} and {+name})");
                }
                if (!variables.isEmpty() && literal.length() == 0) {
                    throw new IllegalArgumentException("two variables need a literal between them in URI template " + template);
                }
                literals.add(literal.toString());
                literal.setLength(0);
                variables.add(name);
                reserved.add(plus);
                pos = end + 1;
            } else {
                literal.append(c);
                pos++;
            }
        }
        literals.add(literal.toString());
    }

    /** True if the string has at least one {@code {variable}}. */
    public static boolean isTemplate(String uri) {
        int open = uri.indexOf('{');
        return open >= 0 && uri.indexOf('}', open) > open;
    }

    private static boolean isVarName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    public String template() {
        return template;
    }

    public List<String> variables() {
        return Collections.unmodifiableList(variables);
    }

    /** The variables bound by matching {@code uri}, or null if it does not match. */
    public Map<String, String> match(String uri) {
        if (!uri.startsWith(literals.get(0))) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int pos = literals.get(0).length();
        for (int i = 0; i < variables.size(); i++) {
            String next = literals.get(i + 1);
            boolean last = i == variables.size() - 1;
            int end;
            if (last) {
                if (!uri.endsWith(next) || uri.length() - next.length() < pos) {
                    return null;
                }
                end = uri.length() - next.length();
            } else {
                end = uri.indexOf(next, pos);
                if (end < 0) {
                    return null;
                }
            }
            String value = decode(uri.substring(pos, end));
            if (value == null || !allowed(value, reserved.get(i))) {
                return null;
            }
            values.put(variables.get(i), value);
            pos = end + next.length();
        }
        return pos == uri.length() ? values : null;
    }

    /**
     * Checked after decoding, so {@code %2F} and {@code %2E%2E} count as what they mean: a simple
     * variable is one path segment, never {@code .} or {@code ..}; a reserved one may span segments,
     * none of them {@code .} or {@code ..}. Neither may hold a backslash or a NUL.
     */
    private static boolean allowed(String value, boolean reserved) {
        if (value.isEmpty() || value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0) {
            return false;
        }
        if (!reserved) {
            return value.indexOf('/') < 0 && !isDotSegment(value);
        }
        for (String segment : value.split("/", -1)) {
            if (isDotSegment(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDotSegment(String segment) {
        return segment.equals(".") || segment.equals("..");
    }

    /** Percent-decoded text, or null when an escape is malformed or not UTF-8. */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 ? null : decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
