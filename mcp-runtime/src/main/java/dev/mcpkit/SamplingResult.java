package dev.mcpkit;

/** What the client's model produced; {@code model} and {@code stopReason} may be null. */
public record SamplingResult(Role role, Content content, String model, String stopReason) {

    /** The text of the answer, or null if it is not text. */
    public String text() {
        return content instanceof TextContent ? ((TextContent) content).text() : null;
    }
}
