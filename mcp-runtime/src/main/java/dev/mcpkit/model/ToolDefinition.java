package dev.mcpkit.model;

import java.util.List;
import java.util.Map;

/**
 * A tool as the server knows it: its name, how to run it, the settings it needs, and — built on
 * first use, because JSON Schema generation is the largest part of a server's start-up — the entry
 * {@code tools/list} sends and the compiled validator of its arguments. The server builds these on
 * another thread right after start-up ({@link ServerModel#prepareInBackground(Runnable)}), so normally they
 * are ready before a client asks.
 */
public final class ToolDefinition {

    /** The parts built lazily. */
    public record Schemas(Map<String, Object> descriptor, ArgumentsValidator validator, boolean structured) {
    }

    /** Builds a tool's {@link Schemas}; throws with a message naming the tool when its types cannot be described. */
    public interface SchemaSource {
        Schemas build();
    }

    private final String name;
    private final String toolset;
    private final boolean readOnly;
    private final ToolInvoker invoker;
    private final List<String> settings;
    private final List<String> scopes;
    private final SchemaSource source;
    private volatile Schemas schemas;

    /**
     * @param toolset  the toolset it belongs to, {@code ""} for none
     * @param readOnly whether it is marked read-only (kept in read-only mode)
     * @param scopes   the OAuth scopes a caller needs to call it
     */
    public ToolDefinition(String name, String toolset, boolean readOnly, ToolInvoker invoker, List<String> settings,
                          List<String> scopes, SchemaSource source) {
        this.name = name;
        this.toolset = toolset;
        this.readOnly = readOnly;
        this.invoker = invoker;
        this.settings = List.copyOf(settings);
        this.scopes = List.copyOf(scopes);
        this.source = source;
    }

    public String name() {
        return name;
    }

    /** The toolset it belongs to, {@code ""} for none. */
    public String toolset() {
        return toolset;
    }

    /** Marked read-only ({@code readOnlyHint}): it does not change its environment. */
    public boolean readOnly() {
        return readOnly;
    }

    public ToolInvoker invoker() {
        return invoker;
    }

    /** The OAuth scopes a caller needs to call it (over HTTP with authorization on). */
    public List<String> scopes() {
        return scopes;
    }

    /** Keys of the settings the tool needs. */
    public List<String> settings() {
        return settings;
    }

    /** The tools/list entry (name, title, description, inputSchema, outputSchema, annotations). */
    public Map<String, Object> descriptor() {
        return schemas().descriptor();
    }

    public ArgumentsValidator validator() {
        return schemas().validator();
    }

    /** Whether results are sent as structuredContent (the tool has an outputSchema). */
    public boolean structured() {
        return schemas().structured();
    }

    /** Builds the schemas now if they are not built yet. */
    public Schemas schemas() {
        Schemas s = schemas;
        if (s == null) {
            synchronized (this) {
                s = schemas;
                if (s == null) {
                    s = source.build();
                    schemas = s;
                }
            }
        }
        return s;
    }
}
