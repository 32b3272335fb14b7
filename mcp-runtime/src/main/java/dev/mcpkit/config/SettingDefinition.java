package dev.mcpkit.config;

import dev.mcpkit.SettingType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One declared setting, from a {@link dev.mcpkit.Setting} field or built in code for settings not
 * bound to a field:
 *
 * <pre>{@code
 * SettingDefinition.builder("REGION").description("Cloud region").defaultValue("eu-west-1").build()
 * }</pre>
 *
 * @param key           the environment variable name
 * @param type          never {@link SettingType#AUTO}
 * @param defaultValue  {@code null} when there is none
 * @param allowedValues the constants of an {@link SettingType#ENUM} setting, else empty
 * @param enumType      the enum class of an enum-typed field, else {@code null}
 * @param binding       the field that receives the value, or {@code null}
 * @param range         the values an {@link SettingType#INT} or {@link SettingType#LONG} setting accepts, or {@code null}: any
 */
public record SettingDefinition(String key, String description, SettingType type, boolean required,
        String defaultValue, boolean secret, List<String> allowedValues, Class<?> enumType, FieldBinding binding, Range range) {

    public SettingDefinition {
        allowedValues = allowedValues == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(allowedValues));
        description = description == null ? "" : description;
    }

    /** The smallest and the largest value a number setting accepts. */
    public record Range(long min, long max) {
    }

    /** A field receiving a setting's value, with the instance it belongs to ({@code null} for a static field). */
    public record FieldBinding(Field field, Object target, Class<?> valueClass, boolean optional) {
    }

    /** The same setting treated as a secret: for a value that may have come from one. */
    public SettingDefinition asSecret() {
        return secret ? this : new SettingDefinition(key, description, type, required, defaultValue, true, allowedValues, enumType,
                binding, range);
    }

    /** Short and free of the bound object, whose own toString() is unknown. */
    @Override
    public String toString() {
        return "SettingDefinition[" + key + ", " + type.label() + (required ? ", required" : ", optional") + (secret ? ", secret" : "")
                + (defaultValue != null ? ", default " + defaultValue : "") + "]";
    }

    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** Whether {@code key} may name an environment variable: a letter or '_', then letters, digits, '_'. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Builds a definition that is not bound to a field. */
    public static final class Builder {
        private final String key;
        private String description = "";
        private SettingType type = SettingType.STRING;
        private boolean required = true;
        private String defaultValue;
        private boolean secret;
        private List<String> allowedValues = List.of();
        private Class<?> enumType;
        private Range range;

        private Builder(String key) {
            this.key = key;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder type(SettingType type) {
            this.type = type;
            return this;
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /** Gives a default, which makes the setting optional. */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder secret(boolean secret) {
            this.secret = secret;
            return this;
        }

        /** Makes the setting an enum with these allowed values (compared ignoring case). */
        public Builder allowedValues(List<String> values) {
            this.type = SettingType.ENUM;
            this.allowedValues = values;
            return this;
        }

        /** Makes the setting an enum of this class's constants. */
        public Builder enumType(Class<? extends Enum<?>> enumClass) {
            this.type = SettingType.ENUM;
            this.enumType = enumClass;
            this.allowedValues = SettingsModel.constantNames(enumClass);
            return this;
        }

        /** Accepts only numbers from {@code min} to {@code max} (for an INT or LONG setting). */
        public Builder range(long min, long max) {
            this.range = new Range(min, max);
            return this;
        }

        public SettingDefinition build() {
            return new SettingDefinition(key, description, type, required && defaultValue == null, defaultValue, secret,
                    allowedValues, enumType, null, range);
        }
    }
}
