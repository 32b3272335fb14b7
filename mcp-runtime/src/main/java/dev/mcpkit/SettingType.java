package dev.mcpkit;

/** The value type of a {@link Setting}; the lower-case name is what {@code --describe} reports. */
public enum SettingType {
    /** Inferred from the field type. */
    AUTO("auto"),
    STRING("string"),
    INT("int"),
    LONG("long"),
    BOOLEAN("boolean"),
    PATH("path"),
    URL("url"),
    URI("uri"),
    ENUM("enum"),
    /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 250ms} or ISO-8601 ({@code PT30S}). */
    DURATION("duration");

    private final String label;

    SettingType(String label) {
        this.label = label;
    }

    /** The name used in {@code --describe}, {@code --help} and error messages. */
    public String label() {
        return label;
    }
}
