package dev.mcpkit.maven.core.validate;

/**
 * One problem a check found: what is wrong, how to fix it, and where ({@code file:line} or null).
 * Messages never carry a secret's value, only its masked form.
 */
public record Finding(String checkId, Severity severity, String message, String fix, String location) {

    public Finding {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding needs a message");
        }
        fix = fix == null ? "" : fix;
    }
}
