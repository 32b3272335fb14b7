package dev.mcpkit.schema;

/** {@code format}, checked for date-time, date, time, duration, uri, uuid, email, ipv4; others annotate. */
final class FormatKeyword implements Keyword {

    private final String format;

    private FormatKeyword(String format) {
        this.format = format;
    }

    static FormatKeyword of(Object format) {
        return format instanceof String && Formats.known((String) format) ? new FormatKeyword((String) format) : null;
    }

    @Override
    public void check(Object value, Pointer at, Errors errors) {
        if (value instanceof String && !Formats.valid(format, (String) value)) {
            errors.add(at, ValueText.brief(value) + " is not a valid " + format + " (format \"" + format + "\")");
        }
    }
}
