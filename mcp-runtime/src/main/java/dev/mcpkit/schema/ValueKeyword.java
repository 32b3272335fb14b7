package dev.mcpkit.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code enum} and {@code const}: the value must equal one of the given JSON values. */
final class ValueKeyword implements Keyword {

    private final List<?> allowed;
    private final Set<Object> strings;
    private final boolean isConst;

    private ValueKeyword(List<?> allowed, boolean isConst) {
        this.allowed = allowed;
        this.isConst = isConst;
        Set<Object> all = new HashSet<>();
        for (Object v : allowed) {
            if (!(v instanceof String)) {
                all = null;
                break;
            }
            all.add(v);
        }
        this.strings = all;
    }

    static ValueKeyword ofEnum(Object values) {
        if (!(values instanceof List)) {
            throw new SchemaException("\"enum\" must be an array, not " + ValueText.describe(values));
        }
        return new ValueKeyword((List<?>) values, false);
    }

    static ValueKeyword ofConst(Object value) {
        return new ValueKeyword(java.util.Collections.singletonList(value), true);
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (strings != null) {
            if (value instanceof String && strings.contains(value)) {
                return;
            }
        } else {
            for (Object candidate : allowed) {
                if (JsonEquality.equal(candidate, value)) {
                    return;
                }
            }
        }
        if (isConst) {
            errors.add(at, "expected " + ValueText.brief(allowed.get(0)) + " but got " + ValueText.brief(value));
        } else {
            errors.add(at, ValueText.brief(value) + " is not one of " + ValueText.brief(allowed, 200));
        }
    }
}
