package dev.mcpkit.schema;

import dev.mcpkit.Arg;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema 2020-12 (MCP's default dialect, so {@code $schema} is left out) for tool arguments
 * and results. Output is deterministic: the same types give the same keys in the same order.
 */
public final class SchemaGenerator {

    private final List<ValueCodec> codecs;
    private final ValueBinder binder;

    public SchemaGenerator() {
        this(new ArrayList<>());
    }

    /** A generator that asks the codecs for the schema of types they support. */
    public SchemaGenerator(List<ValueCodec> codecs) {
        this.codecs = List.copyOf(codecs);
        this.binder = new ValueBinder(this.codecs);
    }

    /**
     * The {@code inputSchema} of a tool: an object with one property per parameter, {@code required}
     * listing the required ones, and no other properties allowed.
     *
     * @throws SchemaException naming the parameter when a type or {@link Arg} cannot be described
     */
    public Map<String, Object> inputSchema(List<ParameterSpec> params) {
        SchemaBuilder builder = new SchemaBuilder(codecs, binder, true);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> required = new ArrayList<>();
        for (ParameterSpec p : params) {
            if (properties.containsKey(p.name())) {
                throw new SchemaException("two parameters are named \"" + p.name() + "\"");
            }
            properties.put(p.name(), builder.schema(p.type(), p.arg(), "parameter \"" + p.name() + "\""));
            if (p.required()) {
                required.add(p.name());
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "object");
        if (!properties.isEmpty()) {
            root.put("properties", properties);
        }
        if (!required.isEmpty()) {
            root.put("required", required);
        }
        root.put("additionalProperties", Boolean.FALSE);
        return builder.finish(root);
    }

    /**
     * The {@code outputSchema} for a tool's return type when its values are JSON objects (records,
     * beans, maps, codec types whose schema is an object); null otherwise (strings, numbers,
     * collections... which are returned as text).
     */
    public Map<String, Object> outputSchema(Type returnType) {
        Type type = Types.normalize(returnType);
        Class<?> raw = Types.raw(type);
        Kind kind = Kind.of(raw);
        if (kind != Kind.RECORD && kind != Kind.BEAN && kind != Kind.MAP && !(kind.structured() && codecs(type))) {
            return null;
        }
        SchemaBuilder builder = new SchemaBuilder(codecs, binder, false);
        Map<String, Object> root = builder.root(type, null, "result of type " + type.getTypeName());
        if (!"object".equals(root.get("type"))) {
            return null;
        }
        return builder.finish(root);
    }

    /** The schema of one value of the given type, with its {@link Arg} (nullable) applied. */
    public Map<String, Object> schemaFor(Type type, Arg arg) {
        SchemaBuilder builder = new SchemaBuilder(codecs, binder, true);
        return builder.finish(builder.root(type, arg, "type " + type.getTypeName()));
    }

    private boolean codecs(Type type) {
        for (ValueCodec codec : codecs) {
            if (codec.supports(type)) {
                return true;
            }
        }
        return false;
    }
}
