package dev.mcpkit.json;

/**
 * Canonical instances of short object keys ({@code jsonrpc}, {@code method}, {@code params}...)
 * so parsing a message does not allocate a new String for every key. Lock-free: a racy slot
 * write only loses a cache entry, never returns a wrong string.
 */
final class KeyCache {

    private static final int MAX_KEY_LENGTH = 24;
    private static final int SLOTS = 512;   // power of two
    private static final String[] TABLE = new String[SLOTS];

    private KeyCache() {
    }

    /** The key spanning {@code in[start, end)}, shared when it was seen before. */
    static String key(CharSequence in, int start, int end) {
        int len = end - start;
        if (len > MAX_KEY_LENGTH) {
            return in.subSequence(start, end).toString();
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + in.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = TABLE[slot];
        if (cached != null && cached.length() == len && matches(cached, in, start)) {
            return cached;
        }
        String key = in.subSequence(start, end).toString();
        TABLE[slot] = key;
        return key;
    }

    private static boolean matches(String cached, CharSequence in, int start) {
        for (int i = 0; i < cached.length(); i++) {
            if (cached.charAt(i) != in.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
