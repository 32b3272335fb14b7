package dev.mcpkit;

import java.util.List;
import java.util.Objects;

/** A prompt's messages with an optional description. */
public record PromptResult(String description, List<PromptMessage> messages) {

    public PromptResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    public static PromptResult of(PromptMessage... messages) {
        return new PromptResult(null, List.of(messages));
    }
}
