package dev.mcpkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The full result of a tool call: content blocks, optional structured content and the error flag.
 * Return it from a tool when a plain value is not enough.
 */
public final class ToolResult {

    private final List<Content> content;
    private final Object structuredContent;
    private final boolean error;

    private ToolResult(List<Content> content, Object structuredContent, boolean error) {
        this.content = Collections.unmodifiableList(new ArrayList<>(content));
        this.structuredContent = structuredContent;
        this.error = error;
    }

    /** A successful result with one text block. */
    public static ToolResult text(String text) {
        return new ToolResult(List.of(Content.text(text)), null, false);
    }

    /** A successful result with the given blocks. */
    public static ToolResult of(Content... content) {
        return new ToolResult(List.of(content), null, false);
    }

    /** A successful result with the given blocks. */
    public static ToolResult of(List<? extends Content> content) {
        return new ToolResult(new ArrayList<>(content), null, false);
    }

    /** A failed result ({@code isError: true}) whose text the model sees. */
    public static ToolResult error(String message) {
        return new ToolResult(List.of(Content.text(message)), null, true);
    }

    /** A successful result without content. */
    public static ToolResult empty() {
        return new ToolResult(List.of(), null, false);
    }

    /**
     * This result with {@code structuredContent}: a record, bean or Map that is also sent as JSON.
     * When the content is empty, mcpkit adds the same JSON as a text block for older clients.
     */
    public ToolResult withStructuredContent(Object value) {
        return new ToolResult(content, Objects.requireNonNull(value, "value"), error);
    }

    public List<Content> content() {
        return content;
    }

    /** The structured content, or null. */
    public Object structuredContent() {
        return structuredContent;
    }

    public boolean isError() {
        return error;
    }

    @Override
    public String toString() {
        return "ToolResult[content=" + content + ", structuredContent=" + structuredContent + ", isError=" + error + "]";
    }
}
