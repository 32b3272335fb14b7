package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Cursor pagination for the list methods: opaque cursors that encode an offset. */
final class Pages {

    private static final String PREFIX = "mcpkit:";

    private Pages() {
    }

    /** Fills {@code result} with one page of {@code items} under {@code key} and a nextCursor if more remain. */
    static Map<String, Object> page(List<Object> items, Exchange ex, int pageSize, String key, Map<String, Object> result) {
        int offset = offset(ex.params().get("cursor"), items.size());
        int end = Math.min(items.size(), offset + pageSize);
        result.put(key, new ArrayList<>(items.subList(offset, end)));
        if (end < items.size()) {
            result.put("nextCursor", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((PREFIX + end).getBytes(StandardCharsets.UTF_8)));
        }
        return result;
    }

    private static int offset(Object cursor, int size) {
        if (cursor == null) {
            return 0;
        }
        if (!(cursor instanceof String)) {
            throw McpException.invalidParams("invalid cursor: must be a string from a previous nextCursor");
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode((String) cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (offset >= 0 && offset <= size) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw McpException.invalidParams("invalid cursor: " + cursor);
    }
}
