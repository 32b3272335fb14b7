package dev.mcpkit;

import java.util.List;
import java.util.Map;

/** The client's answers to the {@link InputRequest}s of one {@link RequestContext#ask}, by key. */
public final class InputResponses {

    private final Map<String, Object> byKey;

    private InputResponses(Map<String, Object> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * The answers: an {@link ElicitResult}, a {@link SamplingResult} or a {@code List<Root>} for each key, as its
     * request's kind says.
     */
    public static InputResponses of(Map<String, Object> byKey) {
        return new InputResponses(byKey);
    }

    /** The user's answer to the elicitation {@code key}. */
    public ElicitResult elicitation(String key) {
        return get(key, ElicitResult.class);
    }

    /** The model's answer to the sampling request {@code key}. */
    public SamplingResult sampling(String key) {
        return get(key, SamplingResult.class);
    }

    /** The client's roots, asked as {@code key}. */
    @SuppressWarnings("unchecked")
    public List<Root> roots(String key) {
        return get(key, List.class);
    }

    private <T> T get(String key, Class<T> type) {
        Object value = byKey.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(value == null ? "nothing was asked as '" + key + "'"
                    : "'" + key + "' was not asked as " + type.getSimpleName());
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "InputResponses" + byKey.keySet();
    }
}
