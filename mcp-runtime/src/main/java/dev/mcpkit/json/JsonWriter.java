package dev.mcpkit.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compact and pretty JSON output for the value model of {@link Json}. */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {
    }

    static void write(Object value, StringBuilder out, int depth) {
        if (depth > Json.MAX_DEPTH) {
            throw new JsonException("value nested deeper than " + Json.MAX_DEPTH + " levels");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            string((String) value, out);
        } else if (value instanceof JsonObject) {
            writeObject((JsonObject) value, out, depth);
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value instanceof Number) {
            number((Number) value, out);
        } else if (value instanceof JsonValue) {
            write(((JsonValue) value).toJson(), out, depth + 1);
        } else if (value instanceof Character || value instanceof Enum) {
            string(value.toString(), out);
        } else {
            throw new JsonException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void writeObject(JsonObject o, StringBuilder out, int depth) {
        out.append('{');
        int n = o.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(o.keyAt(i), out);
            out.append(':');
            write(o.valueAt(i), out, depth + 1);
        }
        out.append('}');
    }

    static void writePretty(Object value, StringBuilder out, int indent) {
        if (value instanceof JsonValue) {
            writePretty(((JsonValue) value).toJson(), out, indent);
        } else if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                pad(out, indent + 1);
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                writePretty(e.getValue(), out, indent + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append('}');
        } else if (value instanceof List && !((List<?>) value).isEmpty()) {
            out.append("[\n");
            Iterator<?> it = ((List<?>) value).iterator();
            while (it.hasNext()) {
                pad(out, indent + 1);
                writePretty(it.next(), out, indent + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append(']');
        } else {
            write(value, out, indent);
        }
    }

    private static void pad(StringBuilder out, int indent) {
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private static void number(Number n, StringBuilder out) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new JsonException("JSON has no representation for " + d);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.append((long) d);
            } else {
                out.append(d);
            }
        } else if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            out.append(n.longValue());
        } else if (n instanceof java.math.BigDecimal) {
            out.append(((java.math.BigDecimal) n).toString());
        } else {
            out.append(n.toString());
        }
    }

    static void string(String s, StringBuilder out) {
        out.append('"');
        int start = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x2028 && c != 0x2029) {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                            .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, start, len);
        out.append('"');
    }
}
