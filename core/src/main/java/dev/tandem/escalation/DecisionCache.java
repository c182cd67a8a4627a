package dev.tandem.escalation;

/**
 * A bounded cache of decisions keyed by a set of at most 64 atoms (a {@code long}), for {@link CompiledPolicy}.
 *
 * <p>An open-addressing table of immutable entries, probed linearly from a mixed hash of the key, so keys that
 * differ only in high bits do not pile up in one bucket, and no key is boxed. Thread-safe without locks: entries
 * have only final fields, so a reader sees an entry whole or not at all; two writers racing for the same empty
 * slot may lose one entry, and a reader may miss an entry written by another thread, which only means the
 * decision is computed again. Probes stop at the first empty slot or after {@link #MAX_PROBES} slots, and a
 * key is only ever stored within that distance of its home slot, so a lookup always terminates.
 */
final class DecisionCache {

    private static final int MAX_PROBES = 16;
    private static final int INITIAL_CAPACITY = 64;

    private final int limit;
    private final int maxCapacity;
    /** Replaced (never modified after being replaced) when the table grows. */
    private volatile Entry[] table = new Entry[INITIAL_CAPACITY];
    /** Entries stored; approximate when writers race, which the bounded probing tolerates. */
    private int size;

    /** @param limit at most this many entries are kept */
    DecisionCache(int limit) {
        this.limit = limit;
        this.maxCapacity = Math.max(INITIAL_CAPACITY, Integer.highestOneBit(Math.max(1, limit - 1)) << 2);
    }

    /** {@return the decision cached for a key, or null} @param key the atoms that held */
    Decision get(long key) {
        Entry[] t = table;
        int mask = t.length - 1;
        int i = mix(key) & mask;
        for (int p = 0; p < MAX_PROBES; p++) {
            Entry e = t[i];
            if (e == null) {
                return null;
            }
            if (e.key == key) {
                return e.decision;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Caches a decision unless the cache is full. @param key the atoms that held @param decision the decision */
    void put(long key, Decision decision) {
        if (size >= limit) {
            return;
        }
        Entry[] t = table;
        if (size >= t.length >>> 2 && t.length < maxCapacity) {
            t = grow(t);
        }
        if (insert(t, new Entry(key, decision))) {
            size++;
        }
    }

    private synchronized Entry[] grow(Entry[] old) {
        Entry[] current = table;
        if (current != old) {
            return current;
        }
        Entry[] bigger = new Entry[old.length << 1];
        for (Entry e : old) {
            if (e != null) {
                insert(bigger, e);
            }
        }
        table = bigger;
        return bigger;
    }

    private static boolean insert(Entry[] t, Entry entry) {
        int mask = t.length - 1;
        int i = mix(entry.key) & mask;
        for (int p = 0; p < MAX_PROBES; p++) {
            Entry e = t[i];
            if (e == null) {
                t[i] = entry;
                return true;
            }
            if (e.key == entry.key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** The finaliser of MurmurHash3: every bit of the key affects the low bits used as the index. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

    /** A cached decision. */
    private record Entry(long key, Decision decision) {
    }
}
