package dev.mcpkit.schema;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code minLength}, {@code maxLength} (in code points) and {@code pattern} (matched anywhere, within
 * a {@link MatchBudget}; skipped once the value already has an error).
 */
final class StringKeyword implements Keyword {

    private final int minLength;
    private final int maxLength;
    private final String pattern;
    /** Compiled on first use: java.util.regex costs milliseconds to load, too much for start-up. */
    private volatile Pattern compiled;

    private StringKeyword(int minLength, int maxLength, String pattern) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern;
    }

    static StringKeyword of(Map<?, ?> schema) {
        Object pattern = schema.get("pattern");
        if (pattern != null && !(pattern instanceof String)) {
            throw new SchemaException("\"pattern\" must be a string, not " + ValueText.describe(pattern));
        }
        int min = length(schema, "minLength");
        int max = length(schema, "maxLength");
        if (min < 0 && max < 0 && pattern == null) {
            return null;
        }
        return new StringKeyword(min, max, (String) pattern);
    }

    static int length(Map<?, ?> schema, String keyword) {
        Object v = schema.get(keyword);
        if (v == null) {
            return -1;
        }
        if (v instanceof Number && ValueText.isInteger((Number) v) && ((Number) v).doubleValue() >= 0) {
            return (int) Math.min(Integer.MAX_VALUE, ((Number) v).longValue());
        }
        throw new SchemaException("\"" + keyword + "\" must be a non-negative integer, not " + ValueText.describe(v));
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (!(value instanceof String)) {
            return;
        }
        String s = (String) value;
        if (minLength > 0 || (maxLength >= 0 && s.length() > maxLength)) {
            int length = s.codePointCount(0, s.length());
            if (length < minLength) {
                errors.add(at, "string of " + length + " characters is shorter than the minimum length " + minLength);
            }
            if (maxLength >= 0 && length > maxLength) {
                errors.add(at, "string of " + length + " characters is longer than the maximum length " + maxLength);
            }
        }
        if (pattern != null && errors.isEmpty()) {   // once the value is invalid, a costly match cannot change that
            checkPattern(s, at, errors);
        }
    }

    private void checkPattern(String s, Pointer at, Errors errors) {
        try {
            if (!MatchBudget.find(pattern(), s)) {
                errors.add(at, ValueText.brief(s) + " does not match the pattern " + ValueText.brief(pattern, 200));
            }
        } catch (MatchBudget.Exhausted e) {
            errors.add(at, MatchBudget.exhausted("string", s, pattern));
        }
    }

    private Pattern pattern() {
        Pattern p = compiled;
        if (p == null) {
            try {
                p = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new SchemaException("invalid \"pattern\" " + ValueText.brief(pattern) + ": "
                        + e.getDescription(), e);
            }
            compiled = p;
        }
        return p;
    }
}
