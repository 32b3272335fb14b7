package dev.mcpkit.schema;

import java.util.List;

/**
 * One way in which a JSON value breaks its schema.
 *
 * @param path    JSON pointer of the offending value ({@code ""} for the value itself, {@code "/city"},
 *                {@code "/items/2/name"}); for a missing or unexpected property, the property's own pointer
 * @param message what was expected and what was found, e.g. {@code missing required property "city"}
 */
public record ValidationError(String path, String message) {

    /** All errors on one line, for a tool error text: {@code /days: value 20 is greater than the maximum 14; ...}. */
    public static String describe(List<ValidationError> errors) {
        StringBuilder out = new StringBuilder();
        for (ValidationError error : errors) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(error);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
