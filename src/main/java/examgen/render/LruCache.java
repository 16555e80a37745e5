package examgen.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values made once and kept while they are used, at most a fixed number of them, those used least
 * recently dropped first: what a long batch may remember from one student to the next with its memory
 * flat. Not for sharing between threads; each thread keeps its own.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    public LruCache(int capacity) {
        entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return the value kept for {@code key}, made by {@code make} if there is none */
    public V get(K key, Function<? super K, ? extends V> make) {
        return entries.computeIfAbsent(key, make);
    }
}
