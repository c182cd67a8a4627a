package dev.tandem.io.xapi;

import java.util.Arrays;

/**
 * The statement ids of one file, compactly: per id, its two halves, the hash of its statement's content
 * ({@link StatementContent}), the index of the statement that first had it, what became of that statement and
 * whether it was voided, in arrays indexed by an entry number that never changes; an open-addressing table of
 * entry numbers finds an id. About 40 bytes per statement, whatever the statement's size: re-sends and voiding
 * need no more.
 */
final class StatementIds {

    /** The outcome of a statement that gave an evidence record. */
    static final byte RECORD = 1;
    /** The outcome of a statement refused with problems. */
    static final byte REJECTED = 2;
    /** The outcome of a voiding statement. */
    static final byte VOIDING = 3;
    /** The first outcome of skipped statements: {@code SKIPPED + reason.ordinal()}. */
    static final byte SKIPPED = 16;

    private static final byte VOIDED = 64;

    private long[] high = new long[256];
    private long[] low = new long[256];
    private long[] content = new long[256];
    private int[] first = new int[256];
    /** The outcome, plus {@link #VOIDED} once voided. */
    private byte[] state = new byte[256];
    private int size;
    /** Entry number + 1 by hash slot; 0 for a free slot. */
    private int[] table = new int[1024];

    /**
     * {@return the entry of an id, or -1 when it is not in the table}
     *
     * @param hi the id's high half
     * @param lo its low half
     */
    int find(long hi, long lo) {
        int mask = table.length - 1;
        for (int i = spread(hi, lo) & mask; ; i = (i + 1) & mask) {
            int e = table[i] - 1;
            if (e < 0) {
                return -1;
            }
            if (high[e] == hi && low[e] == lo) {
                return e;
            }
        }
    }

    /**
     * Adds an id that is not in the table.
     *
     * @param hi        the id's high half
     * @param lo        its low half
     * @param hash      the hash of the statement's content
     * @param statement the statement's index in the file
     * @param outcome   what became of the statement
     * @return the id's entry number: 0 for the first id added, then 1, 2, ...
     */
    int add(long hi, long lo, long hash, long statement, byte outcome) {
        if (size == state.length) {
            int capacity = size * 2;
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            content = Arrays.copyOf(content, capacity);
            first = Arrays.copyOf(first, capacity);
            state = Arrays.copyOf(state, capacity);
        }
        if (size * 2 >= table.length) {
            table = new int[table.length * 2];
            for (int e = 0; e < size; e++) {
                place(e);
            }
        }
        int e = size++;
        high[e] = hi;
        low[e] = lo;
        content[e] = hash;
        first[e] = (int) Math.min(Integer.MAX_VALUE, statement);
        state[e] = outcome;
        place(e);
        return e;
    }

    private void place(int e) {
        int mask = table.length - 1;
        int i = spread(high[e], low[e]) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = e + 1;
    }

    /**
     * {@return the content hash of the statement of an entry}
     *
     * @param entry the entry
     */
    long content(int entry) {
        return content[entry];
    }

    /**
     * {@return the index of the statement that first had the id of an entry}
     *
     * @param entry the entry
     */
    long first(int entry) {
        return first[entry];
    }

    /**
     * {@return what became of the statement of an entry}
     *
     * @param entry the entry
     */
    byte outcome(int entry) {
        return (byte) (state[entry] & ~VOIDED);
    }

    /**
     * Marks the statement of an entry voided.
     *
     * @param entry the entry
     */
    void voided(int entry) {
        state[entry] |= VOIDED;
    }

    /**
     * {@return true when the statement of an entry is voided; false for -1 (no id)}
     *
     * @param entry the entry or -1
     */
    boolean isVoided(int entry) {
        return entry >= 0 && (state[entry] & VOIDED) != 0;
    }

    /** {@return the number of entries: they are numbered from 0 to this number - 1} */
    int size() {
        return size;
    }

    private static int spread(long hi, long lo) {
        long h = hi ^ lo * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
