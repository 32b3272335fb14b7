package dev.mcpkit.config;

import dev.mcpkit.Secret;

/**
 * One setting after resolution.
 *
 * @param rawValue   the text found (a {@link Secret} so it cannot leak through toString), or {@code null}
 * @param typedValue the converted value ({@link Secret} for a secret string), or {@code null}
 * @param origin     where exactly: {@code /home/u/.env:3}, {@code $PORT}, the keychain's name, or {@code ""}
 * @param problem    why the value is missing or invalid, without the value; {@code null} when fine
 */
public record ResolvedSetting(SettingDefinition definition, Secret rawValue, Object typedValue, SettingSource source,
        String origin, SettingStatus status, String problem) {

    public String key() {
        return definition.key();
    }

    /** The value for a table: masked for secrets, {@code -} when there is none. */
    public String displayValue() {
        if (rawValue == null) {
            return "-";
        }
        if (definition.secret()) {
            return rawValue.masked();
        }
        return ValueConverter.printable(rawValue.reveal());
    }

    /** The source for a table: {@code env}, {@code .env (/path/.env:3)}, {@code keychain (Secret Service (secret-tool))}... */
    public String sourceDescription() {
        if (origin == null || origin.isEmpty() || source == SettingSource.ENVIRONMENT) {
            return source.label();
        }
        return source.label() + " (" + origin + ")";
    }

    /** Never shows a value, secret or not: records are printed in logs and test failures. */
    @Override
    public String toString() {
        return "ResolvedSetting[" + key() + ", " + source.label() + ", " + status.label() + "]";
    }
}
