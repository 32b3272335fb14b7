package dev.mcpkit;

/** Who speaks a message. */
public enum Role {
    USER("user"),
    ASSISTANT("assistant");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the wire. */
    public String wireName() {
        return wireName;
    }
}
