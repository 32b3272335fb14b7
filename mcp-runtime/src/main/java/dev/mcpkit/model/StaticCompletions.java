package dev.mcpkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Completions from a fixed list, filtered by prefix (case-insensitive). */
final class StaticCompletions implements CompletionSource {

    private final List<String> values;

    StaticCompletions(List<String> values) {
        this.values = List.copyOf(values);
    }

    @Override
    public List<String> complete(String prefix, Map<String, String> otherArguments) {
        String p = prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v.toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
                out.add(v);
            }
        }
        return out;
    }
}
