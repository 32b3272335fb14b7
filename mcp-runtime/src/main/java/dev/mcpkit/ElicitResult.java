package dev.mcpkit;

import java.util.Map;

/**
 * The user's answer to {@link RequestContext#elicit}: accepted with {@code content}, declined, or
 * cancelled (content is empty unless accepted).
 */
public record ElicitResult(Action action, Map<String, Object> content) {

    /** What the user did. */
    public enum Action { ACCEPT, DECLINE, CANCEL }

    public ElicitResult {
        content = content == null ? Map.of() : content;
    }

    public boolean accepted() {
        return action == Action.ACCEPT;
    }
}
