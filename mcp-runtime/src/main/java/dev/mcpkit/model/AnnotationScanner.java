package dev.mcpkit.model;

import dev.mcpkit.Arg;
import dev.mcpkit.Complete;
import dev.mcpkit.Prompt;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Resource;
import dev.mcpkit.Tool;
import dev.mcpkit.classfile.Annotations;
import dev.mcpkit.json.Json;
import dev.mcpkit.schema.ParameterSpec;
import dev.mcpkit.schema.SchemaException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds {@link Tool}, {@link Resource}, {@link Prompt} and {@link Complete} methods on an object. */
public final class AnnotationScanner {

    private final ServerModel model;

    public AnnotationScanner(ServerModel model) {
        this.model = model;
    }

    /** Registers every annotated method of {@code target} (and its superclasses up to {@code stopAt}). */
    public void scan(Object target, Class<?> stopAt) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = target.getClass(); c != null && c != stopAt && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(Arrays.asList(c.getDeclaredMethods()));
        }
        methods.sort(new ByName());
        for (Method m : methods) {
            if (m.isSynthetic() || m.isBridge()) {
                continue;
            }
            Tool tool = Annotations.tool(m);
            Resource resource = Annotations.resource(m);
            Prompt prompt = Annotations.prompt(m);
            Complete complete = Annotations.complete(m);
            if (tool == null && resource == null && prompt == null && complete == null) {
                continue;
            }
            prepare(m);
            if (tool != null) {
                model.addTool(tool(target, m, tool));
            }
            if (resource != null) {
                resource(target, m, resource);
            }
            if (prompt != null) {
                prompt(target, m, prompt);
            }
            if (complete != null) {
                completion(target, m, complete);
            }
        }
    }

    private static void prepare(Method m) {
        if (Modifier.isStatic(m.getModifiers())) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName()
                    + ": tool, resource, prompt and completion methods must not be static");
        }
        if (!Modifier.isPublic(m.getModifiers()) || !Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            m.setAccessible(true);
        }
    }

    private ToolDefinition tool(Object target, Method m, Tool tool) {
        String name = tool.name().isEmpty() ? Names.snakeCase(m.getName()) : tool.name();
        if (!Names.isValidToolName(name)) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName() + ": tool name '" + name
                    + "' must be 1-128 characters of A-Z a-z 0-9 _ . -");
        }
        String toolsetProblem = Names.toolsetProblem(tool.toolset());
        if (toolsetProblem != null) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName() + ": " + toolsetProblem);
        }
        String scopeProblem = Names.scopesProblem(List.of(tool.scopes()));
        if (scopeProblem != null) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName() + ": " + scopeProblem);
        }
        MethodParameters params = new MethodParameters(m);
        return new ToolDefinition(name, tool.toolset(), tool.readOnly(), new BoundMethod(target, params), List.of(tool.settings()),
                List.of(tool.scopes()), new MethodSchemas(name, m, tool, params));
    }

    /** Generates a tool method's schemas on first use (see {@link ToolDefinition}). */
    private static final class MethodSchemas implements ToolDefinition.SchemaSource {
        private final String name;
        private final Method method;
        private final Tool tool;
        private final MethodParameters params;

        MethodSchemas(String name, Method method, Tool tool, MethodParameters params) {
            this.name = name;
            this.method = method;
            this.tool = tool;
            this.params = params;
        }

        @Override
        public ToolDefinition.Schemas build() {
            Map<String, Object> inputSchema;
            Map<String, Object> outputSchema;
            try {
                inputSchema = TypeMapping.inputSchema(params.arguments());
                outputSchema = method.getReturnType() == void.class ? null : TypeMapping.outputSchema(method.getGenericReturnType());
            } catch (SchemaException e) {
                throw new DeclarationException(method.getDeclaringClass().getName() + "." + method.getName() + ": " + e.getMessage(), e);
            }
            Map<String, Object> descriptor = new LinkedHashMap<>();
            descriptor.put("name", name);
            if (!tool.title().isEmpty()) {
                descriptor.put("title", tool.title());
            }
            descriptor.put("description", tool.description());
            descriptor.put("inputSchema", inputSchema);
            if (outputSchema != null) {
                descriptor.put("outputSchema", outputSchema);
            }
            Map<String, Object> hints = hints(tool);
            if (!hints.isEmpty()) {
                descriptor.put("annotations", hints);
            }
            if (!tool.toolset().isEmpty()) {
                descriptor.put("_meta", ToolExposure.toolsetMeta(tool.toolset()));
            }
            return new ToolDefinition.Schemas(descriptor, TypeMapping.validator(inputSchema), outputSchema != null);
        }
    }

    private static Map<String, Object> hints(Tool tool) {
        Map<String, Object> hints = new LinkedHashMap<>();
        if (!tool.title().isEmpty()) {
            hints.put("title", tool.title());
        }
        if (tool.readOnly()) {
            hints.put("readOnlyHint", Boolean.TRUE);
        }
        if (!tool.readOnly() && (!tool.destructive() || Annotations.isExplicit(tool, "destructive"))) {
            hints.put("destructiveHint", tool.destructive());   // true only when the author said so: mcp:validate asks
        }
        if (tool.idempotent()) {
            hints.put("idempotentHint", Boolean.TRUE);
        }
        if (!tool.openWorld()) {
            hints.put("openWorldHint", Boolean.FALSE);
        }
        return hints;
    }

    private void resource(Object target, Method m, Resource resource) {
        MethodParameters params = new MethodParameters(m);
        String uri = resource.uri();
        boolean isTemplate = UriTemplate.isTemplate(uri);
        UriTemplate template = isTemplate ? new UriTemplate(uri) : null;
        if (isTemplate) {
            for (ParameterSpec p : params.declared()) {
                if (!template.variables().contains(p.name())) {
                    throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName() + ": parameter '" + p.name()
                            + "' is not a variable of the URI template " + uri + " (variables: " + template.variables() + ")");
                }
                addStaticCompletions(ServerModel.resourceRef(uri), p);
            }
        } else if (!params.declared().isEmpty()) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName()
                    + ": a resource with the fixed URI " + uri + " takes no arguments (use a URI template such as notes://{id})");
        }
        String name = resource.name().isEmpty() ? m.getName() : resource.name();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(isTemplate ? "uriTemplate" : "uri", uri);
        d.put("name", name);
        if (!resource.title().isEmpty()) {
            d.put("title", resource.title());
        }
        if (!resource.description().isEmpty()) {
            d.put("description", resource.description());
        }
        if (!resource.mimeType().isEmpty()) {
            d.put("mimeType", resource.mimeType());
        }
        model.addResource(new ResourceDefinition(uri, resource.mimeType(), d, template, new BoundMethod(target, params)));
    }

    private void prompt(Object target, Method m, Prompt prompt) {
        MethodParameters params = new MethodParameters(m);
        String name = prompt.name().isEmpty() ? Names.snakeCase(m.getName()) : prompt.name();
        List<Object> args = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (ParameterSpec p : params.declared()) {
            String description = p.arg() == null ? "" : p.arg().description();
            args.add(Json.object("name", p.name(), "description", description.isEmpty() ? null : description,
                    "required", p.required()));
            if (p.required()) {
                required.add(p.name());
            }
            addStaticCompletions(ServerModel.promptRef(name), p);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        if (!prompt.title().isEmpty()) {
            d.put("title", prompt.title());
        }
        if (!prompt.description().isEmpty()) {
            d.put("description", prompt.description());
        }
        d.put("arguments", args);
        model.addPrompt(new PromptDefinition(name, d, required, new BoundMethod(target, params)));
    }

    private void addStaticCompletions(String ref, ParameterSpec p) {
        Arg arg = p.arg();
        if (arg != null && arg.completions().length > 0) {
            model.addCompletion(ref, p.name(), new StaticCompletions(Arrays.asList(arg.completions())));
        } else if (TypeMapping.raw(p.type()).isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : TypeMapping.raw(p.type()).getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            model.addCompletion(ref, p.name(), new StaticCompletions(names));
        }
    }

    private void completion(Object target, Method m, Complete complete) {
        boolean forPrompt = !complete.prompt().isEmpty();
        if (forPrompt == !complete.resource().isEmpty()) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName()
                    + ": @Complete needs exactly one of prompt = \"...\" or resource = \"...\"");
        }
        Class<?>[] types = m.getParameterTypes();
        boolean shapeOk = types.length >= 1 && types.length <= 2 && types[0] == String.class
                && (types.length == 1 || types[1] == Map.class) && List.class.isAssignableFrom(m.getReturnType());
        if (!shapeOk) {
            throw new DeclarationException(m.getDeclaringClass().getName() + "." + m.getName()
                    + ": a @Complete method takes (String prefix) or (String prefix, Map<String, String> arguments)"
                    + " and returns List<String>");
        }
        String ref = forPrompt ? ServerModel.promptRef(complete.prompt()) : ServerModel.resourceRef(complete.resource());
        model.addCompletion(ref, complete.argument(), new MethodCompletionSource(target, m));
    }

    private static final class ByName implements Comparator<Method> {
        @Override
        public int compare(Method a, Method b) {
            int c = a.getName().compareTo(b.getName());
            return c != 0 ? c : Integer.compare(a.getParameterCount(), b.getParameterCount());
        }
    }

    /** An annotated method bound to its object: run as a tool, a resource reader or a prompt. */
    private static final class BoundMethod implements ToolInvoker, ContentReader, PromptInvoker {
        private final Object target;
        private final MethodParameters params;

        BoundMethod(Object target, MethodParameters params) {
            this.target = target;
            this.params = params;
        }

        @Override
        public Object invoke(Map<String, Object> arguments, RequestContext context) throws Exception {
            return params.invoke(target, params.bind(arguments, context));
        }

        @Override
        public Object read(String uri, Map<String, String> variables, RequestContext context) throws Exception {
            return params.invoke(target, params.bindStrings(variables, context));
        }

        @Override
        public Object get(Map<String, String> arguments, RequestContext context) throws Exception {
            return params.invoke(target, params.bindStrings(arguments, context));
        }
    }

    private static final class MethodCompletionSource implements CompletionSource {
        private final Object target;
        private final Method method;
        private final MethodCaller caller;

        MethodCompletionSource(Object target, Method method) {
            this.target = target;
            this.method = method;
            this.caller = MethodCaller.of(method);
        }

        @Override
        public List<String> complete(String prefix, Map<String, String> otherArguments) throws Exception {
            Object[] args = method.getParameterCount() == 1 ? new Object[] {prefix} : new Object[] {prefix, otherArguments};
            List<?> values = (List<?>) caller.call(target, args);
            List<String> out = new ArrayList<>();
            if (values != null) {
                for (Object v : values) {
                    out.add(String.valueOf(v));
                }
            }
            return out;
        }
    }
}
