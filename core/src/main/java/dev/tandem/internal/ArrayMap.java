package dev.tandem.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An unmodifiable map of a few entries, kept in two arrays in the order they were given: what a scenario attempt's
 * responses (a handful of vignette: tier pairs) need, at a fraction of a {@code LinkedHashMap}'s objects, and
 * recognisable, so that a record holding one need not copy it again. Iteration follows the given order; lookups
 * compare keys one by one (the maps are small). Equal to, and with the hash of, any {@link Map} with the same
 * entries; its {@code toString} is {@code LinkedHashMap}'s. Immutable, and so thread-safe.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class ArrayMap<K, V> extends AbstractMap<K, V> {

    /** Above this many entries the keys' distinctness is checked through a hash set instead of pair by pair. */
    private static final int PAIRWISE_LIMIT = 16;

    private final Object[] keys;
    private final Object[] values;

    private ArrayMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * {@return the first {@code count} pairs of the arrays as a map}, in their order; the arrays are copied
     *
     * @param <K>    the keys
     * @param <V>    the values
     * @param keys   the keys, distinct and not null
     * @param values the values, not null, {@code values[i]} for {@code keys[i]}
     * @param count  how many pairs, from the start of the arrays
     * @throws NullPointerException     when a key or value is null
     * @throws IllegalArgumentException when a key is given twice
     */
    public static <K, V> ArrayMap<K, V> of(K[] keys, V[] values, int count) {
        Objects.checkFromToIndex(0, count, Math.min(keys.length, values.length));
        Object[] k = Arrays.copyOf(keys, count, Object[].class);
        Object[] v = Arrays.copyOf(values, count, Object[].class);
        for (int i = 0; i < count; i++) {
            Objects.requireNonNull(k[i], "key");
            Objects.requireNonNull(v[i], "value");
        }
        checkDistinct(k);
        return new ArrayMap<>(k, v);
    }

    /**
     * {@return a map with the entries of another, in its iteration order}: the same map when it is an
     * {@code ArrayMap} already
     *
     * @param <K> the keys
     * @param <V> the values
     * @param map the entries, none null
     * @throws NullPointerException when a key or value is null
     */
    @SuppressWarnings("unchecked")
    public static <K, V> ArrayMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ArrayMap<?, ?> same) {
            return (ArrayMap<K, V>) same;
        }
        Object[] k = new Object[map.size()];
        Object[] v = new Object[k.length];
        int n = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            if (n == k.length) {
                throw new IllegalArgumentException("The map changed while it was copied");
            }
            k[n] = Objects.requireNonNull(e.getKey(), "key");
            v[n++] = Objects.requireNonNull(e.getValue(), "value");
        }
        if (n != k.length) {
            throw new IllegalArgumentException("The map changed while it was copied");
        }
        return new ArrayMap<>(k, v);
    }

    private static void checkDistinct(Object[] keys) {
        if (keys.length > PAIRWISE_LIMIT) {
            Set<Object> seen = new HashSet<>();
            for (Object key : keys) {
                if (!seen.add(key)) {
                    throw new IllegalArgumentException("Duplicate key: " + key);
                }
            }
            return;
        }
        for (int i = 1; i < keys.length; i++) {
            for (int j = 0; j < i; j++) {
                if (keys[i].equals(keys[j])) {
                    throw new IllegalArgumentException("Duplicate key: " + keys[i]);
                }
            }
        }
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    private int indexOf(Object key) {
        if (key != null) {
            for (int i = 0; i < keys.length; i++) {
                if (key.equals(keys[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < keys.length; i++) {
            action.accept((K) keys[i], (V) values[i]);
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry((K) keys[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
