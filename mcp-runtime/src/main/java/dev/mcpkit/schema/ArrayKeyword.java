package dev.mcpkit.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code prefixItems}, {@code items}, {@code minItems}, {@code maxItems}, {@code uniqueItems}, {@code contains}. */
final class ArrayKeyword implements Keyword {

    private final Node[] prefixItems;
    private final Node items;
    private final int minItems;
    private final int maxItems;
    private final boolean uniqueItems;
    private final Node contains;

    ArrayKeyword(Node[] prefixItems, Node items, int minItems, int maxItems, boolean uniqueItems, Node contains) {
        this.prefixItems = prefixItems;
        this.items = items;
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.uniqueItems = uniqueItems;
        this.contains = contains;
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (!(value instanceof List)) {
            return;
        }
        List<?> list = (List<?>) value;
        int size = list.size();
        if (size < minItems) {
            errors.add(at, "array has " + size + (size == 1 ? " item" : " items")
                    + ", fewer than the minimum of " + minItems);
        }
        if (maxItems >= 0 && size > maxItems) {
            errors.add(at, "array has " + size + " items, more than the maximum of " + maxItems);
        }
        int prefix = prefixItems == null ? 0 : Math.min(prefixItems.length, size);
        for (int i = 0; i < prefix; i++) {
            prefixItems[i].check(list.get(i), at.child(i), errors);
        }
        if (items != null) {
            for (int i = prefix; i < size; i++) {
                items.check(list.get(i), at.child(i), errors);
            }
        }
        if (uniqueItems && size > 1) {
            unique(list, at, errors);
        }
        if (contains != null) {
            for (int i = 0; i < size; i++) {
                if (contains.matches(list.get(i), at.child(i))) {
                    return;
                }
            }
            errors.add(at, "array contains no item that matches the \"contains\" schema");
        }
    }

    private static void unique(List<?> list, Pointer at, Errors errors) {
        boolean strings = true;
        for (Object item : list) {
            strings &= item instanceof String;
        }
        if (strings) {
            Set<Object> seen = new HashSet<>();
            for (Object item : list) {
                if (!seen.add(item)) {
                    errors.add(at, "array items must be unique but " + ValueText.brief(item)
                            + " appears more than once");
                    return;
                }
            }
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (JsonEquality.equal(list.get(i), list.get(j))) {
                    errors.add(at, "array items must be unique but items " + i + " and " + j + " are equal");
                    return;
                }
            }
        }
    }
}
