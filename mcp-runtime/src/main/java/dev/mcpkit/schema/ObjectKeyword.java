package dev.mcpkit.schema;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code required}, {@code properties}, {@code patternProperties}, {@code additionalProperties},
 * {@code minProperties}, {@code maxProperties}.
 */
final class ObjectKeyword implements Keyword {

    private final String[] required;
    private final Map<String, Node> properties;
    private final Pattern[] patterns;
    private final Node[] patternNodes;
    /** null: anything goes; {@link #NOTHING}: no other property allowed; otherwise their schema. */
    private final Node additional;
    private final int minProperties;
    private final int maxProperties;

    static final Node NOTHING = new Node();

    ObjectKeyword(String[] required, Map<String, Node> properties, Pattern[] patterns, Node[] patternNodes,
            Node additional, int minProperties, int maxProperties) {
        this.required = required;
        this.properties = properties;
        this.patterns = patterns;
        this.patternNodes = patternNodes;
        this.additional = additional;
        this.minProperties = minProperties;
        this.maxProperties = maxProperties;
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (!(value instanceof Map)) {
            return;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        for (String name : required) {
            if (!map.containsKey(name)) {
                errors.add(at.child(name), "missing required property \"" + name + "\"");
            }
        }
        if (minProperties > 0 && map.size() < minProperties) {
            errors.add(at, "object has " + map.size() + " properties, fewer than the minimum of " + minProperties);
        }
        if (maxProperties >= 0 && map.size() > maxProperties) {
            errors.add(at, "object has " + map.size() + " properties, more than the maximum of " + maxProperties);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            Node node = properties.get(name);
            boolean matched = node != null;
            if (node != null) {
                node.check(e.getValue(), at.child(name), errors);
            }
            if (patterns != null) {
                for (int i = 0; i < patterns.length; i++) {
                    try {
                        if (MatchBudget.find(patterns[i], name)) {
                            matched = true;
                            patternNodes[i].check(e.getValue(), at.child(name), errors);
                        }
                    } catch (MatchBudget.Exhausted x) {
                        matched = true;
                        errors.add(at.child(name), MatchBudget.exhausted("property name", name, patterns[i].pattern()));
                    }
                }
            }
            if (!matched && additional != null) {
                if (additional == NOTHING) {
                    errors.add(at.child(name), "unexpected property \"" + name + "\"");
                } else {
                    additional.check(e.getValue(), at.child(name), errors);
                }
            }
        }
    }
}
