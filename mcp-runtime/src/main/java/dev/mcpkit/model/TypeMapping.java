package dev.mcpkit.model;

import dev.mcpkit.Arg;
import dev.mcpkit.Content;
import dev.mcpkit.ToolResult;
import dev.mcpkit.schema.ArgumentBinder;
import dev.mcpkit.schema.CompiledSchema;
import dev.mcpkit.schema.ParameterSpec;
import dev.mcpkit.schema.SchemaGenerator;
import dev.mcpkit.schema.SchemaValidator;
import dev.mcpkit.schema.ValidationError;
import dev.mcpkit.schema.ValueBinder;
import dev.mcpkit.schema.ValueWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place where Java types meet JSON: schemas for parameters and results, argument
 * validation, and binding JSON to Java values and back (see {@code dev.mcpkit.schema}).
 */
public final class TypeMapping {

    /** Created on first use, so that asking for a raw type at start-up loads none of the schema engine. */
    private static final class Engines {
        static final SchemaGenerator GENERATOR = new SchemaGenerator();
        static final ValueBinder BINDER = new ValueBinder();
        static final ValueWriter WRITER = new ValueWriter();
    }

    private TypeMapping() {
    }

    public static Map<String, Object> inputSchema(List<ParameterSpec> params) {
        return Engines.GENERATOR.inputSchema(params);
    }

    /** The output schema of a result type (records, beans, maps), or null when results are sent as text. */
    public static Map<String, Object> outputSchema(Type type) {
        Class<?> raw = raw(type);
        if (raw == ToolResult.class || Content.class.isAssignableFrom(raw) || raw == Object.class) {
            return null;   // the method builds its result itself: structured content is declared by ToolResult, not the type
        }
        return Engines.GENERATOR.outputSchema(type);
    }

    /** A validator compiled once per tool; its messages name the field and what was expected. */
    public static ArgumentsValidator validator(Map<String, Object> schema) {
        return new CompiledValidator(SchemaValidator.compile(schema));
    }

    /** Binds call arguments to a method's parameters (in the order of {@code params}). */
    public static ArgumentBinder argumentBinder(List<ParameterSpec> params) {
        return new ArgumentBinder(params, Engines.BINDER);
    }

    public static Object defaultValue(Arg arg, Type type) {
        return Engines.BINDER.defaultValue(arg, type);
    }

    public static Object toJson(Object value) {
        return Engines.WRITER.toJson(value);
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }

    private static final class CompiledValidator implements ArgumentsValidator {
        private final CompiledSchema schema;

        CompiledValidator(CompiledSchema schema) {
            this.schema = schema;
        }

        @Override
        public List<String> validate(Object arguments) {
            List<ValidationError> errors = schema.validate(arguments);
            if (errors.isEmpty()) {
                return List.of();
            }
            List<String> messages = new ArrayList<>(errors.size());
            for (ValidationError e : errors) {
                messages.add(e.path().isEmpty() ? e.message() : e.path() + ": " + e.message());
            }
            return messages;
        }
    }
}
