package dev.mcpkit.model;

import dev.mcpkit.RequestContext;
import dev.mcpkit.ToolSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a {@link ToolSpec} built in code into a {@link ToolDefinition}. */
public final class SpecTools {

    private SpecTools() {
    }

    public static ToolDefinition definition(ToolSpec spec) {
        String toolsetProblem = Names.toolsetProblem(spec.toolset());
        if (toolsetProblem != null) {
            throw new DeclarationException("tool " + spec.name() + ": " + toolsetProblem);
        }
        String scopeProblem = Names.scopesProblem(spec.scopes());
        if (scopeProblem != null) {
            throw new DeclarationException("tool " + spec.name() + ": " + scopeProblem);
        }
        if (!Names.isValidToolName(spec.name())) {
            throw new IllegalArgumentException("tool name '" + spec.name() + "' must be 1-128 characters of A-Z a-z 0-9 _ . -");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", spec.name());
        if (spec.title() != null) {
            d.put("title", spec.title());
        }
        d.put("description", spec.description());
        d.put("inputSchema", spec.inputSchema());
        if (spec.outputSchema() != null) {
            d.put("outputSchema", spec.outputSchema());
        }
        if (!spec.annotations().isEmpty()) {
            d.put("annotations", spec.annotations());
        }
        if (!spec.toolset().isEmpty()) {
            d.put("_meta", ToolExposure.toolsetMeta(spec.toolset()));
        }
        return new ToolDefinition(spec.name(), spec.toolset(), Boolean.TRUE.equals(spec.annotations().get("readOnlyHint")),
                new HandlerInvoker(spec), spec.settings(), spec.scopes(), new SpecSchemas(spec, d));
    }

    /** The schemas of a tool built in code: given, only compiled on first use. */
    private static final class SpecSchemas implements ToolDefinition.SchemaSource {
        private final ToolSpec spec;
        private final Map<String, Object> descriptor;

        SpecSchemas(ToolSpec spec, Map<String, Object> descriptor) {
            this.spec = spec;
            this.descriptor = descriptor;
        }

        @Override
        public ToolDefinition.Schemas build() {
            return new ToolDefinition.Schemas(descriptor, TypeMapping.validator(spec.inputSchema()), spec.outputSchema() != null);
        }
    }

    private static final class HandlerInvoker implements ToolInvoker {
        private final ToolSpec spec;

        HandlerInvoker(ToolSpec spec) {
            this.spec = spec;
        }

        @Override
        public Object invoke(Map<String, Object> arguments, RequestContext context) throws Exception {
            return spec.handler().call(arguments, context);
        }
    }
}
