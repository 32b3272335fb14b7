package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.SettingType;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the text of a setting into its typed value. */
public final class ValueConverter {

    private ValueConverter() {
    }

    /**
     * The typed value: {@code String} (or {@link Secret} for a secret string), {@code Integer},
     * {@code Long}, {@code Boolean}, {@code Path}, {@code URL}, {@code URI}, the enum constant (or
     * the canonical allowed string) or {@code Duration}.
     *
     * @throws ConversionException "expected an integer, got "abc"" — the value is left out for secrets
     */
    public static Object convert(SettingDefinition definition, String raw) throws ConversionException {
        String text = definition.type() == SettingType.STRING ? raw : raw.trim();
        switch (definition.type()) {
            case INT:
                try {
                    return Integer.valueOf((int) inRange(definition, raw, Integer.parseInt(text)));
                } catch (NumberFormatException e) {
                    throw rejected(definition, raw, integer(definition));
                }
            case LONG:
                try {
                    return Long.valueOf(inRange(definition, raw, Long.parseLong(text)));
                } catch (NumberFormatException e) {
                    throw rejected(definition, raw, integer(definition));
                }
            case BOOLEAN:
                return parseBoolean(definition, raw, text);
            case PATH:
                try {
                    return Path.of(text);
                } catch (InvalidPathException e) {
                    throw rejected(definition, raw, "a file path");
                }
            case URL:
                try {
                    URI uri = new URI(text);
                    if (uri.getScheme() == null) {
                        throw rejected(definition, raw, "an absolute URL such as https://example.com");
                    }
                    return uri.toURL();
                } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
                    throw rejected(definition, raw, "an absolute URL such as https://example.com");
                }
            case URI:
                try {
                    return new URI(text);
                } catch (URISyntaxException e) {
                    throw rejected(definition, raw, "a URI");
                }
            case ENUM:
                return parseEnum(definition, raw, text);
            case DURATION:
                return parseDuration(definition, raw, text);
            default:
                return definition.secret() ? Secret.of(raw) : raw;
        }
    }

    private static long inRange(SettingDefinition definition, String raw, long value) throws ConversionException {
        SettingDefinition.Range range = definition.range();
        if (range != null && (value < range.min() || value > range.max())) {
            throw rejected(definition, raw, integer(definition));
        }
        return value;
    }

    private static String integer(SettingDefinition definition) {
        SettingDefinition.Range range = definition.range();
        return range == null ? "an integer" : "an integer from " + range.min() + " to " + range.max();
    }

    private static Boolean parseBoolean(SettingDefinition definition, String raw, String text) throws ConversionException {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("1")) {
            return Boolean.TRUE;
        }
        if (lower.equals("false") || lower.equals("no") || lower.equals("off") || lower.equals("0")) {
            return Boolean.FALSE;
        }
        throw rejected(definition, raw, "true or false");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseEnum(SettingDefinition definition, String raw, String text) throws ConversionException {
        for (String allowed : definition.allowedValues()) {
            if (allowed.equalsIgnoreCase(text)) {
                if (definition.enumType() != null) {
                    return Enum.valueOf((Class) definition.enumType(), allowed);
                }
                return allowed;
            }
        }
        throw rejected(definition, raw, "one of " + String.join(", ", definition.allowedValues()));
    }

    /** {@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 such as {@code PT30S}. */
    private static Duration parseDuration(SettingDefinition definition, String raw, String text) throws ConversionException {
        String expected = "a duration such as 30s, 5m, 2h, 1d, 250ms or PT30S";
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p") || lower.startsWith("-p")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw rejected(definition, raw, expected);
            }
        }
        int digits = 0;
        while (digits < lower.length() && lower.charAt(digits) >= '0' && lower.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0 || digits > 15) {
            throw rejected(definition, raw, expected);
        }
        long amount = Long.parseLong(lower.substring(0, digits));
        String unit = lower.substring(digits).trim();
        switch (unit) {
            case "ms":
                return Duration.ofMillis(amount);
            case "s":
                return Duration.ofSeconds(amount);
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            case "d":
                return Duration.ofDays(amount);
            default:
                throw rejected(definition, raw, expected);
        }
    }

    private static ConversionException rejected(SettingDefinition definition, String raw, String expected) {
        if (definition.secret()) {
            return new ConversionException("expected " + expected + " (the secret value is not shown)");
        }
        return new ConversionException("expected " + expected + ", got \"" + printable(raw) + "\"");
    }

    /** Shortens and escapes a rejected value so a stray control character cannot garble a terminal. */
    static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(raw.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        if (raw.length() > limit) {
            out.append("...");
        }
        return out.toString();
    }
}
