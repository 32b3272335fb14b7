package dev.mcpkit.config;

/** Where a setting's value came from, in resolution order. */
public enum SettingSource {
    ENVIRONMENT("env"),
    CONFIG_DIR_DOTENV("config .env"),
    KEYCHAIN("keychain"),
    WORKING_DIR_DOTENV(".env"),
    PROMPT("prompt"),
    DEFAULT("default"),
    /** No source had a value and there is no default. */
    NONE("-");

    private final String label;

    SettingSource(String label) {
        this.label = label;
    }

    /** A short name for tables and the audit log. */
    public String label() {
        return label;
    }
}
