package dev.mcpkit.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object: an insertion-ordered, mutable {@code Map<String, Object>} backed by two arrays.
 * Protocol messages have a handful of keys, where a linear scan beats hashing and one array
 * replaces a hash table plus an entry object per key (a third of all allocation per call). Objects
 * with many keys get a hash index. Null keys are not allowed; null values are.
 */
public final class JsonObject extends AbstractMap<String, Object> {

    private static final int INDEX_THRESHOLD = 12;

    private String[] keys;
    private Object[] values;
    private int size;
    private HashMap<String, Integer> index;

    public JsonObject() {
        this(4);
    }

    public JsonObject(int capacity) {
        keys = new String[Math.max(1, capacity)];
        values = new Object[keys.length];
    }

    private int find(Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    String keyAt(int i) {
        return keys[i];
    }

    Object valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        if (key == null) {
            throw new NullPointerException("JSON object keys cannot be null");
        }
        int i = find(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        } else if (size + 1 > INDEX_THRESHOLD) {
            index = new HashMap<>();
            for (int k = 0; k <= size; k++) {
                index.put(keys[k], k);
            }
        }
        size++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        if (index != null) {
            index = null;
            if (size > INDEX_THRESHOLD) {
                index = new HashMap<>();
                for (int k = 0; k < size; k++) {
                    index.put(keys[k], k);
                }
            }
        }
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new Entries();
    }

    private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public Map.Entry<String, Object> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    final int at = last;
                    return new SimpleEntry<String, Object>(keys[at], values[at]) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public Object setValue(Object value) {
                            values[at] = value;
                            return super.setValue(value);
                        }
                    };
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                }
            };
        }
    }
}
