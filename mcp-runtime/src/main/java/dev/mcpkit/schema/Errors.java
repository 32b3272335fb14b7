package dev.mcpkit.schema;

import java.util.ArrayList;
import java.util.List;

/** Collects validation errors; allocates nothing while a value is valid. */
final class Errors {

    private List<ValidationError> list;

    void add(Pointer at, String message) {
        if (list == null) {
            list = new ArrayList<>(2);
        }
        list.add(new ValidationError(at.toString(), message));
    }

    void addAll(Errors other) {
        if (other.list != null) {
            for (ValidationError e : other.list) {
                if (list == null) {
                    list = new ArrayList<>(2);
                }
                list.add(e);
            }
        }
    }

    boolean isEmpty() {
        return list == null;
    }

    List<ValidationError> list() {
        return list == null ? List.of() : List.copyOf(list);
    }
}
