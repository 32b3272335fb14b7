package dev.mcpkit.maven.core.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP header a client sends to a server it reaches by URL. {@code {env:KEY}} in the value stands for a value the
 * user supplies (not {@code ${KEY}}, which Maven would replace before the plugin sees it) (a token, say): each client writes it in its own placeholder syntax, and the value itself is never
 * written. A header that carries credentials must use one.
 */
public record Header(String name, String value) {

    private static final Pattern REFERENCE = Pattern.compile("\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    public Header {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an HTTP header name");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the header " + name + " has no value");
        }
        if (keys(value).isEmpty() && carriesCredentials(name)) {
            throw new IllegalArgumentException("the header " + name + " would put a credential into the client's file: write the value as"
                    + " {env:NAME} (e.g. \"" + name + ": " + (name.equalsIgnoreCase("Authorization") ? "Bearer " : "") + "{env:API_TOKEN}\")"
                    + " and set NAME where the client reads it");
        }
    }

    /** {@code Name: value}, as curl's {@code -H} takes it. */
    public static Header parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a header is 'Name: value', not '" + text + "'");
        }
        return new Header(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    /** The keys of the values the user supplies, in order. */
    public List<String> keys() {
        return keys(value);
    }

    /** Whether the whole value is one {@code {env:KEY}}. */
    public boolean isOneReference() {
        return REFERENCE.matcher(value).matches();
    }

    /** Whether this is {@code Authorization: Bearer {env:KEY}}, which some clients take as the name of a token variable. */
    public boolean isBearerReference() {
        return name.equalsIgnoreCase("Authorization") && keys().size() == 1 && value.equals("Bearer {env:" + keys().get(0) + "}");
    }

    /** The value with each {@code {env:KEY}} written as {@code placeholder.apply(KEY)}. */
    public String render(Function<String, String> placeholder) {
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder.apply(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /** The value with each {@code {env:KEY}} as {@code ${KEY}}: what command lines and most clients expand from the environment. */
    public String renderAsVariables() {
        return render(key -> "${" + key + "}");
    }

    /** {@code Name: value}, with {@link #renderAsVariables()}: a command line's header option ({@code --header}, {@code -H}). */
    public String line() {
        return name + ": " + renderAsVariables();
    }

    private static List<String> keys(String value) {
        List<String> keys = new ArrayList<>();
        Matcher m = REFERENCE.matcher(value == null ? "" : value);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static boolean carriesCredentials(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("authorization") || n.equals("cookie") || n.contains("key") || n.contains("token") || n.contains("secret")
                || n.contains("auth") || n.contains("password");
    }
}
