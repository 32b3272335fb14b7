package dev.mcpkit.maven.core.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds credentials in text: the token formats of {@link TokenRule#KNOWN}, private key blocks, passwords in URLs, and
 * high-entropy literals assigned to or passed as something secret-named. Reports the value masked; the full value
 * never leaves this class.
 */
public final class SecretScanner {

    /**
     * One hit: the rule, where, the masked value, and a fingerprint (a hash) that tells values apart
     * without carrying them: two keys with the same prefix and length mask alike.
     */
    public record Hit(String rule, String description, String file, int line, String masked, String fingerprint) {
    }

    /** A pattern, the group that holds the value, and whether a match is a credential rather than a look-alike. */
    private record Rule(String id, String description, Pattern pattern, int group, Predicate<Matcher> credential) {

        static Rule token(TokenRule t) {
            return new Rule(t.id(), t.provider(), t.pattern(), 0,
                    m -> !isPlaceholder(m.group()) && entropy(m.group("body")) >= t.minEntropy());
        }

        static Rule literal(String id, String description, String regex, int group) {
            return new Rule(id, description, Pattern.compile(regex), group, m -> looksSecret(m.group(group)));
        }
    }

    private static final List<Rule> TOKEN_RULES = Stream.concat(TokenRule.KNOWN.stream().map(Rule::token), Stream.of(
            new Rule("private-key", "private key block", Pattern.compile("(-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----)"), 1,
                    m -> true))).toList();

    private static final String SECRET_WORD = "(?:password|passwd|pwd|secret|token|api[_.-]?key|access[_.-]?key|credentials?)";
    private static final String SECRET_NAME = "[A-Za-z0-9_.-]*" + SECRET_WORD + "[A-Za-z0-9_.-]*";
    private static final List<Rule> ASSIGNMENT_RULES = List.of(
            // Java, Kotlin, JSON, YAML, TOML: name = "literal" / name: 'literal'
            Rule.literal("secret-assignment", "secret-named literal", "(?i)\\b" + SECRET_NAME + "\"?\\s*[:=]\\s*\"([^\"\\s]{8,})\"", 1),
            Rule.literal("secret-assignment", "secret-named literal", "(?i)\\b" + SECRET_NAME + "'?\\s*[:=]\\s*'([^'\\s]{8,})'", 1),
            // XML elements, e.g. <password>...</password> in a POM
            Rule.literal("secret-assignment", "secret-named literal", "(?i)<(" + SECRET_NAME + ")>([^<\\s]{8,})</", 2),
            // client.setApiKey("…"), withPassword("…"), builder.token("…"): handed to a client in code
            Rule.literal("secret-argument", "secret passed as a literal",
                    "(?i)(?:\\b(?:set|with)[A-Za-z0-9_]*?|\\.)" + SECRET_WORD + "\\s*\\(\\s*\"([^\"\\s]{8,})\"", 1),
            // scheme://user:password@host, as in JDBC, Redis and git remote URLs
            Rule.literal("url-credentials", "password in a URL", "\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@\"'<>]+:([^\\s/@\"'<>]+)@[^\\s/@\"'<>]", 1));

    // properties, YAML, .env: name=value / name: value without quotes, perhaps followed by a # comment
    private static final Rule UNQUOTED = Rule.literal("secret-assignment", "secret-named literal",
            "(?i)^\\s*(?:export\\s+)?" + SECRET_NAME + "\\s*[:=]\\s*([^\\s\"'#][^\\s\"']{7,})(?:\\s+#.*)?\\s*$", 1);

    // keys whatever they hold (a keystore is binary, a key may be DER); a .pem is text and counts when it holds a key block
    private static final Pattern KEY_FILE = Pattern.compile("(?i)id_(?:rsa|dsa|ecdsa|ed25519)|.+\\.(?:key|p12|pfx|jks|jceks|keystore|ppk)");

    private SecretScanner() {
    }

    /**
     * Scans a file's bytes: a key file by its name is one hit for the whole file; otherwise as text when it is text
     * (not a class), else as a binary.
     */
    public static List<Hit> scan(String file, byte[] bytes) {
        if (KEY_FILE.matcher(file.substring(file.lastIndexOf('/') + 1)).matches()) {
            return List.of(new Hit("key-file", "private key or keystore file", file, 0, "(" + bytes.length + " bytes)", fingerprint(bytes)));
        }
        return isText(bytes) && !file.endsWith(".class") ? scanText(file, new String(bytes, StandardCharsets.UTF_8))
                : scanBinary(file, bytes);
    }

    /** Scans source or configuration text; {@code file} is the name reported (and decides whether bare values count). */
    public static List<Hit> scanText(String file, String text) {
        List<Hit> hits = new ArrayList<>();
        boolean keyValueFile = isKeyValueFile(file);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            scanLine(file, i + 1, line, TOKEN_RULES, hits);
            scanLine(file, i + 1, line, ASSIGNMENT_RULES, hits);
            if (keyValueFile) {
                scanLine(file, i + 1, line, List.of(UNQUOTED), hits);
            }
        }
        return dedupe(hits);
    }

    /** Scans bytes of a compiled class or binary entry: token shapes only (no source structure to read). */
    public static List<Hit> scanBinary(String file, byte[] bytes) {
        List<Hit> hits = new ArrayList<>();
        // in the raw bytes a constant's length may read as a letter right before it and hide where a token starts
        for (String constant : ClassConstants.of(bytes)) {
            scanLine(file, 0, constant, TOKEN_RULES, hits);
        }
        scanLine(file, 0, new String(bytes, StandardCharsets.ISO_8859_1), TOKEN_RULES, hits);
        return dedupe(hits);
    }

    private static void scanLine(String file, int lineNo, String line, List<Rule> rules, List<Hit> hits) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(line);
            while (m.find()) {
                if (!rule.credential().test(m)) {
                    continue;
                }
                String value = m.group(rule.group());
                hits.add(new Hit(rule.id(), rule.description(), file, lineNo, mask(value), fingerprint(value)));
            }
        }
    }

    private static List<Hit> dedupe(List<Hit> hits) {
        List<Hit> unique = new ArrayList<>();
        for (Hit h : hits) {
            boolean seen = false;
            for (Hit u : unique) {
                seen |= u.line() == h.line() && u.fingerprint().equals(h.fingerprint());
            }
            if (!seen) {
                unique.add(h);
            }
        }
        return unique;
    }

    /** Placeholders, references and low-entropy words are not credentials. */
    static boolean looksSecret(String value) {
        return !isPlaceholder(value) && value.length() >= 8 && entropy(value) >= 3.0 && hasMixedClasses(value);
    }

    /** References and the words people write where a value goes ({@code AKIAIOSFODNN7EXAMPLE}, {@code your-api-key}). */
    private static boolean isPlaceholder(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("${") || v.contains("{{") || v.startsWith("$") || v.startsWith("%") || v.startsWith("<")
                || v.startsWith("env:") || v.contains("getenv") || v.contains("changeme") || v.contains("change_me")
                || v.contains("placeholder") || v.contains("example") || v.contains("your_") || v.contains("your-")
                || v.contains("xxxx") || v.contains("dummy") || v.contains("redacted") || v.contains("****");
    }

    private static boolean hasMixedClasses(String value) {
        int classes = 0;
        classes += value.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += value.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += value.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += value.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes >= 2;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (char c : value.toCharArray()) {
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double e = 0;
        for (int count : counts) {
            e += term(count, value.length());
        }
        return e + term(other, value.length());
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * Math.log(p) / Math.log(2);
    }

    static String fingerprint(String value) {
        return fingerprint(value.getBytes(StandardCharsets.UTF_8));
    }

    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The first four characters, then the length: enough to find it, useless to anyone who reads the log. */
    public static String mask(String value) {
        if (value.startsWith("-----BEGIN")) {
            return value;
        }
        int keep = Math.min(4, value.length() / 4);
        return value.substring(0, keep) + "****… (" + value.length() + " chars)";
    }

    private static boolean isText(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyValueFile(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        String name = f.substring(f.lastIndexOf('/') + 1);
        return f.endsWith(".properties") || f.endsWith(".yml") || f.endsWith(".yaml") || f.endsWith(".env")
                || f.endsWith(".conf") || f.endsWith(".cfg") || f.endsWith(".ini") || f.endsWith(".toml")
                || name.startsWith(".env.");
    }
}
