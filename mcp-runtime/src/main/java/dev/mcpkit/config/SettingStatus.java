package dev.mcpkit.config;

/** The state of one setting after resolution. */
public enum SettingStatus {
    /** A source gave a valid value. */
    OK("ok"),
    /** No source had a value; the declared default applies. */
    DEFAULTED("default"),
    /** Optional, no value and no default: the field keeps its initial value (or Optional.empty()). */
    UNSET("unset"),
    /** Required and no source had a value. */
    MISSING("MISSING"),
    /** A source had a value that does not have the setting's type. */
    INVALID("INVALID");

    private final String label;

    SettingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this status keeps the server from being fully configured. */
    public boolean isProblem() {
        return this == MISSING || this == INVALID;
    }
}
