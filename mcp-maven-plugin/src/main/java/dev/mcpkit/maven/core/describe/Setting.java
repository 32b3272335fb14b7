package dev.mcpkit.maven.core.describe;

/**
 * A configuration value the server reads from its environment. Only the default of a non-secret
 * setting is ever carried; a secret never has a value here.
 */
public record Setting(String key, String description, String type, boolean required, boolean secret, String defaultValue) {

    public Setting {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("setting key is missing");
        }
        type = type == null ? "string" : type;
        if (secret) {
            defaultValue = null;
        }
    }

    public static Setting of(String key, String description, boolean required, boolean secret) {
        return new Setting(key, description, "string", required, secret, null);
    }
}
