package dev.mcpkit.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation errors; allocates nothing while a value is valid. Keeps the first
 * {@link #MAX_KEPT} (each cut to a readable length) and counts the rest, so a huge invalid value
 * cannot produce an error larger than itself.
 */
final class Errors {

    static final int MAX_KEPT = 20;
    private static final int MAX_PATH = 200;
    private static final int MAX_MESSAGE = 400;

    private List<ValidationError> list;
    private int more;

    void add(Pointer at, String message) {
        if (list == null) {
            list = new ArrayList<>(2);
        }
        if (list.size() < MAX_KEPT) {
            list.add(new ValidationError(cut(at.toString(), MAX_PATH), cut(message, MAX_MESSAGE)));
        } else {
            more++;
        }
    }

    void addAll(Errors other) {
        if (other.list == null) {
            return;
        }
        for (ValidationError e : other.list) {
            if (list == null) {
                list = new ArrayList<>(2);
            }
            if (list.size() < MAX_KEPT) {
                list.add(e);
            } else {
                more++;
            }
        }
        more += other.more;
    }

    boolean isEmpty() {
        return list == null;
    }

    List<ValidationError> list() {
        if (list == null) {
            return List.of();
        }
        if (more == 0) {
            return List.copyOf(list);
        }
        List<ValidationError> out = new ArrayList<>(list);
        out.add(new ValidationError("", "and " + more + " more error" + (more == 1 ? "" : "s") + " not shown"));
        return List.copyOf(out);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
