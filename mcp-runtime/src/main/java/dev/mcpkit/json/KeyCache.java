package dev.mcpkit.json;

/**
 * Canonical instances of short object keys ({@code jsonrpc}, {@code method}, {@code params}...)
 * so parsing a message does not allocate a new String for every key, and looking a key up in a
 * {@link JsonObject} mostly compares references. Lock-free: each slot holds one immutable entry, so
 * a racy slot write only loses a cache entry, never returns a wrong string.
 */
final class KeyCache {

    private static final int MAX_KEY_LENGTH = 24;
    private static final int SLOTS = 512;   // power of two
    private static final Entry[] TABLE = new Entry[SLOTS];

    private KeyCache() {
    }

    /** The key spanning {@code in[start, end)}, whose {@code hash} is {@link String#hashCode()}'s; shared when seen before. */
    static String key(char[] in, int start, int end, int hash) {
        int len = end - start;
        if (len > MAX_KEY_LENGTH) {
            return new String(in, start, len);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Entry cached = TABLE[slot];
        if (cached != null && cached.matches(in, start, len)) {
            return cached.key;
        }
        Entry entry = new Entry(new String(in, start, len));
        TABLE[slot] = entry;
        return entry.key;
    }

    /** A key and its characters, compared without calls. */
    private static final class Entry {
        final String key;
        final char[] chars;

        Entry(String key) {
            this.key = key;
            this.chars = key.toCharArray();
        }

        boolean matches(char[] in, int start, int len) {
            if (chars.length != len) {
                return false;
            }
            for (int i = 0; i < len; i++) {
                if (chars[i] != in[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
