package dev.mcpkit.schema;

import java.io.File;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Parses the string forms of java.time values, UUIDs, URIs and paths; apart from the binder so that
 * these types and their exceptions load only when a tool uses them.
 */
final class TextValues {

    private TextValues() {
    }

    static Object parse(Kind kind, Object json, Pointer at) {
        if (!(json instanceof String)) {
            throw ValueBinder.mismatch("string", json, at);
        }
        String s = (String) json;
        try {
            switch (kind) {
                case INSTANT: return s.indexOf('+') > 0 || s.lastIndexOf('-') > 10
                        ? OffsetDateTime.parse(s).toInstant() : Instant.parse(s);
                case OFFSET_DATE_TIME: return OffsetDateTime.parse(s);
                case ZONED_DATE_TIME: return ZonedDateTime.parse(s);
                case LOCAL_DATE: return LocalDate.parse(s);
                case LOCAL_TIME: return LocalTime.parse(s);
                case OFFSET_TIME: return OffsetTime.parse(s);
                case LOCAL_DATE_TIME: return LocalDateTime.parse(s);
                case DURATION: return Duration.parse(s);
                case PERIOD: return Period.parse(s);
                case UUID: return java.util.UUID.fromString(s);
                case URI: return new java.net.URI(s);
                case URL: return new java.net.URI(s).toURL();
                case PATH: return Path.of(s);
                case FILE: return new File(s);
                default: throw new BindingException(at.toString(), "cannot bind a string to " + kind);
            }
        } catch (DateTimeException | IllegalArgumentException
                | java.net.URISyntaxException | java.net.MalformedURLException e) {
            throw new BindingException(at.toString(), ValueText.brief(json) + " is not a valid "
                    + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.getMessage());
        }
    }
}
