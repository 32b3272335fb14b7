package dev.mcpkit.bench;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** Writes maps, collections, records, strings, numbers, booleans and null as indented JSON. */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * Writes {@code value} as JSON to {@code file} (its directories made as needed) and says so on stderr as
     * {@code tool}; on failure says why and exits 1.
     */
    public static void writeFile(java.nio.file.Path file, Object value, String tool) {
        try {
            java.nio.file.Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            java.nio.file.Files.writeString(file, write(value), java.nio.charset.StandardCharsets.UTF_8);
            System.err.println(tool + ": wrote " + file);
        } catch (java.io.IOException e) {
            System.err.println(tool + ": cannot write " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "");
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, String indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String) {
            quote(b, (String) v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isFinite(d) ? String.valueOf(Math.round(d * 1000) / 1000.0) : "null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map) {
            String inner = indent + "  ";
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                b.append(first ? "\n" : ",\n").append(inner);
                quote(b, String.valueOf(e.getKey()));
                b.append(": ");
                write(b, e.getValue(), inner);
                first = false;
            }
            b.append(first ? "}" : "\n" + indent + "}");
        } else if (v instanceof Collection) {
            String inner = indent + "  ";
            b.append('[');
            boolean first = true;
            for (Object item : (Collection<?>) v) {
                b.append(first ? "\n" : ",\n").append(inner);
                write(b, item, inner);
                first = false;
            }
            b.append(first ? "]" : "\n" + indent + "]");
        } else if (v instanceof Record) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                try {
                    m.put(c.getName(), c.getAccessor().invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            write(b, m, indent);
        } else {
            quote(b, v.toString());
        }
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
            }
        }
        b.append('"');
    }
}
