package dev.mcpkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tool defined in code rather than by annotation, for tools whose input schema is only known at
 * run time (a plugin system, a schema read from a file...). Register it with
 * {@link McpServer#addTool(ToolSpec)}.
 *
 * <pre>{@code
 * server.addTool(ToolSpec.builder("greet")
 *         .description("Greets someone")
 *         .inputSchema(Map.of("type", "object",
 *                 "properties", Map.of("name", Map.of("type", "string")),
 *                 "required", List.of("name")))
 *         .handler((args, ctx) -> "Hello, " + args.get("name") + "!")
 *         .build());
 * }</pre>
 */
public final class ToolSpec {

    private final String name;
    private final String title;
    private final String description;
    private final Map<String, Object> inputSchema;
    private final Map<String, Object> outputSchema;
    private final Map<String, Object> annotations;
    private final List<String> settings;
    private final String toolset;
    private final List<String> scopes;
    private final ToolHandler handler;

    private ToolSpec(Builder b) {
        this.name = b.name;
        this.title = b.title;
        this.description = b.description;
        this.inputSchema = b.inputSchema;
        this.outputSchema = b.outputSchema;
        this.annotations = b.annotations;
        this.settings = List.copyOf(b.settings);
        this.toolset = b.toolset;
        this.scopes = List.copyOf(b.scopes);
        this.handler = Objects.requireNonNull(b.handler, "handler");
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Map<String, Object> inputSchema() {
        return inputSchema;
    }

    /** The output schema, or null. */
    public Map<String, Object> outputSchema() {
        return outputSchema;
    }

    /** Tool annotations (hints) as sent to clients. */
    public Map<String, Object> annotations() {
        return annotations;
    }

    public List<String> settings() {
        return settings;
    }

    /** The OAuth scopes a caller needs to call it (see {@link Tool#scopes()}). */
    public List<String> scopes() {
        return scopes;
    }

    /** The toolset the tool belongs to, or {@code ""} for none (see {@link Tool#toolset()}). */
    public String toolset() {
        return toolset;
    }

    public ToolHandler handler() {
        return handler;
    }

    /** Builds a {@link ToolSpec}. */
    public static final class Builder {
        private final String name;
        private String title;
        private String description = "";
        private Map<String, Object> inputSchema = Map.of("type", "object");
        private Map<String, Object> outputSchema;
        private final Map<String, Object> annotations = new LinkedHashMap<>();
        private final List<String> settings = new ArrayList<>();
        private String toolset = "";
        private final List<String> scopes = new ArrayList<>();
        private ToolHandler handler;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The JSON Schema of the arguments: an object schema as Maps and Lists. */
        public Builder inputSchema(Map<String, Object> schema) {
            if (!"object".equals(schema.get("type"))) {
                throw new IllegalArgumentException("the input schema of tool " + name + " must have \"type\": \"object\"");
            }
            this.inputSchema = schema;
            return this;
        }

        /** The JSON Schema of the structured content the tool returns (type object). */
        public Builder outputSchema(Map<String, Object> schema) {
            this.outputSchema = schema;
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            annotations.put("readOnlyHint", readOnly);
            return this;
        }

        public Builder destructive(boolean destructive) {
            annotations.put("destructiveHint", destructive);
            return this;
        }

        public Builder idempotent(boolean idempotent) {
            annotations.put("idempotentHint", idempotent);
            return this;
        }

        public Builder openWorld(boolean openWorld) {
            annotations.put("openWorldHint", openWorld);
            return this;
        }

        /** Keys of settings this tool needs. */
        public Builder settings(String... keys) {
            settings.addAll(List.of(keys));
            return this;
        }

        /** The toolset the tool belongs to (see {@link Tool#toolset()}). */
        public Builder toolset(String toolset) {
            this.toolset = Objects.requireNonNull(toolset, "toolset");
            return this;
        }

        /** OAuth scopes a caller needs to call it (see {@link Tool#scopes()}). */
        public Builder scopes(String... scopes) {
            this.scopes.addAll(List.of(scopes));
            return this;
        }

        public Builder handler(ToolHandler handler) {
            this.handler = handler;
            return this;
        }

        public ToolSpec build() {
            return new ToolSpec(this);
        }
    }
}
