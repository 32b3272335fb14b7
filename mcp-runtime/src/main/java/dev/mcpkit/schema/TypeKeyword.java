package dev.mcpkit.schema;

import java.util.List;
import java.util.Map;

/** {@code type}: one JSON type name or several; {@code integer} accepts 3 and 3.0. */
final class TypeKeyword implements Keyword {

    private static final int NULL = 1;
    private static final int BOOLEAN = 2;
    private static final int INTEGER = 4;
    private static final int NUMBER = 8;
    private static final int STRING = 16;
    private static final int ARRAY = 32;
    private static final int OBJECT = 64;
    private static final String[] NAMES = {"null", "boolean", "integer", "number", "string", "array", "object"};

    private final int allowed;
    private final String expected;

    private TypeKeyword(int allowed, String expected) {
        this.allowed = allowed;
        this.expected = expected;
    }

    static TypeKeyword of(Object type) {
        int allowed = 0;
        StringBuilder expected = new StringBuilder();
        List<?> names = type instanceof List ? (List<?>) type : List.of(type);
        for (int i = 0; i < names.size(); i++) {
            int bit = bit(names.get(i));
            allowed |= bit;
            expected.append(i == 0 ? "" : i == names.size() - 1 ? " or " : ", ").append(names.get(i));
        }
        return new TypeKeyword(allowed, expected.toString());
    }

    private static int bit(Object name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        throw new SchemaException("unknown type " + ValueText.brief(name) + " in schema");
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (!matches(value)) {
            errors.add(at, "expected " + expected + " but got " + ValueText.describe(value));
        }
    }

    private boolean matches(Object value) {
        if (value instanceof String) {
            return (allowed & STRING) != 0;
        }
        if (value instanceof Number) {
            return (allowed & NUMBER) != 0
                    || ((allowed & INTEGER) != 0 && ValueText.isInteger((Number) value));
        }
        if (value instanceof Boolean) {
            return (allowed & BOOLEAN) != 0;
        }
        if (value == null) {
            return (allowed & NULL) != 0;
        }
        if (value instanceof Map) {
            return (allowed & OBJECT) != 0;
        }
        if (value instanceof List) {
            return (allowed & ARRAY) != 0;
        }
        return false;
    }
}
