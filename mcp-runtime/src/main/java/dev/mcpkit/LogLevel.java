package dev.mcpkit;

/** Log levels of MCP ({@code notifications/message}), lowest first, as in RFC 5424. */
public enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    /** The name used on the wire, e.g. {@code warning}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The level for a wire name, or null if there is none. */
    public static LogLevel fromWireName(String name) {
        for (LogLevel level : values()) {
            if (level.wireName().equals(name)) {
                return level;
            }
        }
        return null;
    }
}
