package dev.tandem.escalation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded cache of decisions keyed by a set of at most 64 atoms (a {@code long}), for {@link CompiledPolicy}.
 *
 * <p>An open-addressing table probed linearly from a mixed hash of the key, so that keys differing only in high
 * bits do not pile up, with the keys in a {@code long[]} and the decisions in a parallel array: a lookup reads
 * two arrays and allocates nothing. Lookups take no lock; the rare insertions (one per distinct key, up to the
 * limit) are serialised. A slot's key is written before its decision is published (release), and a reader
 * reads the decision first (acquire) and the key only when a decision is there, so it never pairs a key with
 * another key's decision; a slot, once filled, never changes. Growing publishes a new table.
 */
final class DecisionCache {

    private static final VarHandle DECISIONS = MethodHandles.arrayElementVarHandle(Decision[].class);
    private static final int INITIAL_CAPACITY = 64;

    private final int limit;
    private volatile Table table = new Table(INITIAL_CAPACITY);
    /** Entries stored; guarded by this. */
    private int size;

    /** @param limit at most this many entries are kept */
    DecisionCache(int limit) {
        this.limit = limit;
    }

    /**
     * {@return the decision cached for a key, or null}
     *
     * @param key the atoms that held
     */
    Decision get(long key) {
        Table t = table;
        int mask = t.keys.length - 1;
        for (int i = mix(key) & mask;; i = (i + 1) & mask) {
            Decision d = (Decision) DECISIONS.getAcquire(t.decisions, i);
            if (d == null) {
                return null;
            }
            if (t.keys[i] == key) {
                return d;
            }
        }
    }

    /**
     * Caches a decision unless the cache is full.
     *
     * @param key the atoms that held
     * @param decision the decision
     */
    synchronized void put(long key, Decision decision) {
        if (size >= limit) {
            return;
        }
        Table t = table;
        if (2 * (size + 1) > t.keys.length) {
            Table bigger = new Table(t.keys.length * 2);
            for (int i = 0; i < t.keys.length; i++) {
                if (t.decisions[i] != null) {
                    bigger.insert(t.keys[i], t.decisions[i]);
                }
            }
            table = bigger;
            t = bigger;
        }
        if (t.insert(key, decision)) {
            size++;
        }
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

    /** Keys and decisions; at most half full, so every probe reaches an empty slot. */
    private static final class Table {
        final long[] keys;
        final Decision[] decisions;

        Table(int capacity) {
            keys = new long[capacity];
            decisions = new Decision[capacity];
        }

        /** Inserts under the cache's lock. */
        boolean insert(long key, Decision decision) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask;; i = (i + 1) & mask) {
                if (decisions[i] == null) {
                    keys[i] = key;
                    DECISIONS.setRelease(decisions, i, decision);
                    return true;
                }
                if (keys[i] == key) {
                    return false;
                }
            }
        }
    }
}
