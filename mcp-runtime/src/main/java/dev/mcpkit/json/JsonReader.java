package dev.mcpkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent JSON parser (RFC 8259) with a nesting limit; produces the {@link Json} model. It reads from a
 * copy of the text in a {@code char[]}: one array load per character instead of a {@code charAt} call, which keeps
 * the parser fast before the JIT has compiled it and small when it does (a short session spends much of its time
 * there, see it/bench/README.md). Not reentrant within a thread: nothing it calls parses JSON.
 */
final class JsonReader {

    /** Texts up to this many characters are read through a buffer each thread keeps: no allocation per message. */
    private static final int REUSED_CHARS = 64 * 1024;
    private static final ThreadLocal<char[]> BUFFER = new ThreadLocal<>();

    private final char[] in;
    private final int length;
    private final int maxDepth;
    private int pos;

    JsonReader(CharSequence text, int maxDepth) {
        int n = text.length();
        char[] buffer = n <= REUSED_CHARS ? BUFFER.get() : null;
        if (buffer == null || buffer.length < n) {
            buffer = new char[n <= REUSED_CHARS ? Math.max(n, 4096) : n];
            if (n <= REUSED_CHARS) {
                BUFFER.set(buffer);
            }
        }
        if (text instanceof String) {
            ((String) text).getChars(0, n, buffer, 0);
        } else {
            text.toString().getChars(0, n, buffer, 0);
        }
        this.in = buffer;
        this.length = n;
        this.maxDepth = maxDepth;
    }

    Object readDocument() {
        skipWhitespace();
        Object value = readValue(0);
        skipWhitespace();
        if (pos < length) {
            throw error("unexpected text after the JSON value");
        }
        return value;
    }

    /**
     * The value of one member of the top-level object, read from text that may be malformed,
     * truncated or too large to parse: members before it are skimmed without being converted. Only a
     * string, null, or a number that is complete (followed by ',' or '}') counts; otherwise
     * {@code absent} is returned.
     */
    static Object topLevelMember(CharSequence text, String name, Object absent) {
        JsonReader r = new JsonReader(text, 0);
        try {
            r.skipWhitespace();
            if (r.peek() != '{') {
                return absent;
            }
            r.pos++;
            while (true) {
                r.skipWhitespace();
                if (r.peek() != '"') {
                    return absent;
                }
                String key = r.readString();
                r.skipWhitespace();
                r.expect(':');
                r.skipWhitespace();
                if (key.equals(name)) {
                    char c = r.peek();
                    if (c == '"' || c == 'n') {
                        return c == '"' ? r.readString() : r.readNull();
                    }
                    Number number = r.readNumber();
                    r.skipWhitespace();
                    return r.peek() == ',' || r.peek() == '}' ? number : absent;   // a cut number may have lost digits
                }
                r.skimValue();
                r.skipWhitespace();
                if (r.next() != ',') {
                    return absent;
                }
            }
        } catch (JsonException e) {
            return absent;
        }
    }

    private Object readNull() {
        literal("null");
        return null;
    }

    /** Moves past one value without building it: strings by their quotes, containers by bracket count. */
    private void skimValue() {
        int depth = 0;
        do {
            char c = next();
            if (c == '"') {
                pos--;
                skimString();
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (depth == 0) {
                while (pos < length && ",}] \t\r\n".indexOf(in[pos]) < 0) {
                    pos++;
                }
            }
        } while (depth > 0);
    }

    private void skimString() {
        pos++;
        while (true) {
            char c = next();
            if (c == '\\') {
                next();
            } else if (c == '"') {
                return;
            }
        }
    }

    private Object readValue(int depth) {
        if (pos >= length) {
            throw error("unexpected end of input");
        }
        char c = in[pos];
        switch (c) {
            case '{': return readObject(depth + 1);
            case '[': return readArray(depth + 1);
            case '"': return readString();
            case 't': literal("true"); return Boolean.TRUE;
            case 'f': literal("false"); return Boolean.FALSE;
            case 'n': literal("null"); return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("unexpected character '" + printable(c) + "'");
        }
    }

    private Map<String, Object> readObject(int depth) {
        checkDepth(depth);
        pos++;
        Map<String, Object> map = new JsonObject();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String key = readKey();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, readValue(depth));
            skipWhitespace();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw error("expected ',' or '}' in object");
            }
        }
    }

    private List<Object> readArray(int depth) {
        checkDepth(depth);
        pos++;
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(readValue(depth));
            skipWhitespace();
            char c = next();
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                throw error("expected ',' or ']' in array");
            }
        }
    }

    /** An object key: shared instances for short keys without escapes (hashed while scanning). */
    private String readKey() {
        int start = pos + 1;
        int hash = 0;
        for (int i = start; i < length; i++) {
            char c = in[i];
            if (c == '"') {
                pos = i + 1;
                return KeyCache.key(in, start, i, hash);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            hash = 31 * hash + c;
        }
        return readString();
    }

    private String readString() {
        pos++;
        int start = pos;
        // fast path: no escapes
        while (pos < length) {
            char c = in[pos];
            if (c == '"') {
                String s = new String(in, start, pos - start);
                pos++;
                return s;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        return readEscapedString(start);
    }

    /** The rest of a string from the first escape (or control character) on; {@code start} is its first character. */
    private String readEscapedString(int start) {
        StringBuilder sb = new StringBuilder(pos - start + 16);
        sb.append(in, start, pos - start);
        while (pos < length) {
            char c = in[pos++];
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= length) {
                break;
            }
            char e = in[pos++];
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': sb.append(readHex4()); break;
                default:
                    pos--;
                    throw error("invalid escape '\\" + printable(e) + "'");
            }
        }
        throw error("unterminated string");
    }

    private char readHex4() {
        if (pos + 4 > length) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(in[pos++], 16);
            if (d < 0) {
                pos--;
                throw error("invalid \\u escape");
            }
            v = (v << 4) | d;
        }
        return (char) v;
    }

    private Number readNumber() {
        int start = pos;
        boolean integer = true;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            integer = false;
            pos++;
            if (!isDigit(peek())) {
                throw error("invalid number: digit expected after '.'");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("invalid number: digit expected in exponent");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        int chars = pos - start;
        if (chars > Json.MAX_NUMBER_LENGTH) {
            throw limit("a number of " + chars + " characters is longer than the limit of " + Json.MAX_NUMBER_LENGTH);
        }
        if (integer) {
            boolean negative = in[start] == '-';
            int digits = chars - (negative ? 1 : 0);
            if (digits <= 18) {
                long v = 0;
                for (int i = negative ? start + 1 : start; i < pos; i++) {
                    v = v * 10 + (in[i] - '0');
                }
                return negative ? -v : v;
            }
            BigInteger big = new BigInteger(new String(in, start, chars));
            return big.bitLength() < 64 ? (Number) big.longValue() : big;
        }
        String text = new String(in, start, chars);
        double d = Double.parseDouble(text);
        return Double.isInfinite(d) ? exactBeyondDouble(text) : d;
    }

    /** A number too large for a double, kept exactly while its decimal exponent stays within the limit. */
    private BigDecimal exactBeyondDouble(String text) {
        try {
            BigDecimal exact = new BigDecimal(text);
            if (exact.precision() - exact.scale() - 1 <= Json.MAX_EXPONENT) {
                return exact;
            }
        } catch (NumberFormatException e) {
            // the exponent does not even fit an int
        }
        throw limit("the number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text)
                + " is out of range (decimal exponents up to " + Json.MAX_EXPONENT + " are accepted)");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        int end = pos + word.length();
        if (end > length) {
            throw error("invalid literal");
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw error("invalid literal");
            }
        }
        pos = end;
    }

    private void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw error("nesting deeper than " + maxDepth + " levels");
        }
    }

    private char peek() {
        return pos < length ? in[pos] : '\0';
    }

    private char next() {
        if (pos >= length) {
            throw error("unexpected end of input");
        }
        return in[pos++];
    }

    private void expect(char c) {
        if (next() != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private void skipWhitespace() {
        while (pos < length) {
            char c = in[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? "\\u" + Integer.toHexString(c) : String.valueOf(c);
    }

    private JsonException error(String message) {
        return new JsonException(message + " at offset " + pos);
    }

    private JsonException limit(String message) {
        return new JsonLimitException(message + " at offset " + pos);
    }
}
