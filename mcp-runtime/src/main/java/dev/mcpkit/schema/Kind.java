package dev.mcpkit.schema;

import dev.mcpkit.json.JsonValue;
import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** What a Java class is for the JSON mapping; one switch shared by generator, binder and writer. */
enum Kind {
    STRING, CHAR, BOOLEAN, INT, LONG, SHORT, BYTE, BIG_INTEGER, FLOAT, DOUBLE, BIG_DECIMAL, NUMBER,
    ENUM, BYTES, ARRAY, COLLECTION, MAP, OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE,
    INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME, LOCAL_DATE, LOCAL_TIME, OFFSET_TIME, LOCAL_DATE_TIME,
    DURATION, PERIOD, UUID, URI, URL, PATH, FILE, ANY, JSON_VALUE, JSON_TREE, RECORD, BEAN, UNSUPPORTED;

    /** A map rather than a ClassValue: the JDK has loaded its classes already at start-up. */
    private static final Map<Class<?>, Kind> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    static Kind of(Class<?> c) {
        Kind kind = KINDS.get(c);
        if (kind == null) {
            kind = classify(c);
            KINDS.put(c, kind);
        }
        return kind;
    }

    /** Kinds that are objects with properties, open to codecs before the built-in mapping. */
    boolean structured() {
        return this == RECORD || this == BEAN || this == UNSUPPORTED || this == JSON_TREE;
    }

    private static Kind classify(Class<?> c) {
        if (c == String.class || c == CharSequence.class) {
            return STRING;
        }
        if (c.isPrimitive()) {
            return primitive(c);
        }
        Kind simple = simple(c);
        if (simple != null) {
            return simple;
        }
        if (c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum())) {
            return ENUM;
        }
        if (c.isArray()) {
            return c == byte[].class ? BYTES : ARRAY;
        }
        if (Collection.class.isAssignableFrom(c)) {
            return COLLECTION;
        }
        if (Map.class.isAssignableFrom(c)) {
            return MAP;
        }
        if (Path.class.isAssignableFrom(c)) {
            return PATH;
        }
        if (c == Iterable.class) {
            return COLLECTION;
        }
        if (JsonValue.class.isAssignableFrom(c)) {
            return JSON_VALUE;
        }
        if (jsonTree(c)) {
            return JSON_TREE;
        }
        if (c.isRecord()) {
            return RECORD;
        }
        String name = c.getName();
        if (c.isInterface() || java.lang.reflect.Modifier.isAbstract(c.getModifiers()) || name.startsWith("java.")
                || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return UNSUPPORTED;
        }
        return BEAN;
    }

    /** A Jackson tree node (any JSON), recognised by name: this package does not depend on Jackson. */
    private static boolean jsonTree(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            String name = k.getName();
            if ((name.startsWith("tools.jackson.") || name.startsWith("com.fasterxml.jackson."))
                    && k.getSimpleName().equals("JsonNode")) {
                return true;
            }
        }
        return false;
    }

    private static Kind primitive(Class<?> c) {
        if (c == int.class) {
            return INT;
        } else if (c == long.class) {
            return LONG;
        } else if (c == boolean.class) {
            return BOOLEAN;
        } else if (c == double.class) {
            return DOUBLE;
        } else if (c == float.class) {
            return FLOAT;
        } else if (c == short.class) {
            return SHORT;
        } else if (c == byte.class) {
            return BYTE;
        } else if (c == char.class) {
            return CHAR;
        }
        return UNSUPPORTED;
    }

    private static Kind simple(Class<?> c) {
        Class<?>[] classes = {Integer.class, Long.class, Boolean.class, Double.class, Float.class, Short.class,
            Byte.class, Character.class, BigInteger.class, BigDecimal.class, Number.class, Optional.class,
            OptionalInt.class, OptionalLong.class, OptionalDouble.class, Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDate.class, LocalTime.class, OffsetTime.class, LocalDateTime.class,
            Duration.class, Period.class, java.util.UUID.class, java.net.URI.class, java.net.URL.class,
            File.class, Object.class};
        Kind[] kinds = {INT, LONG, BOOLEAN, DOUBLE, FLOAT, SHORT, BYTE, CHAR, BIG_INTEGER, BIG_DECIMAL, NUMBER,
            OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE, INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME,
            LOCAL_DATE, LOCAL_TIME, OFFSET_TIME, LOCAL_DATE_TIME, DURATION, PERIOD, UUID, URI, URL, FILE, ANY};
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == c) {
                return kinds[i];
            }
        }
        return null;
    }
}
