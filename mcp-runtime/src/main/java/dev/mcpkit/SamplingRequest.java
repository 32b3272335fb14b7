package dev.mcpkit;

import java.util.List;
import java.util.Objects;

/**
 * A request for the client's language model to generate a message ({@code sampling/createMessage}).
 * {@code systemPrompt} may be null.
 */
public record SamplingRequest(List<PromptMessage> messages, String systemPrompt, int maxTokens) {

    public SamplingRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** One user message. */
    public static SamplingRequest of(String userText, int maxTokens) {
        return new SamplingRequest(List.of(PromptMessage.user(userText)), null, maxTokens);
    }
}
