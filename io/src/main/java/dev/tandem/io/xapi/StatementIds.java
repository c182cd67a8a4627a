package dev.tandem.io.xapi;

import java.util.Arrays;

/**
 * The statement ids of one file, in a compact open-addressing table: per id, its two halves, the hash of its
 * statement's content ({@link StatementContent}), the index of the statement that first had it, what became
 * of that statement and whether it was voided. About 60 bytes per statement, whatever the statement's size:
 * re-sends and voiding need no more.
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

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private long[] content = new long[1024];
    private int[] first = new int[1024];
    /** 0 for a free slot; otherwise the outcome, plus {@link #VOIDED} once voided. */
    private byte[] state = new byte[1024];
    private int size;

    /** {@return the slot of an id, or -1 when it is not in the table} @param hi the id's high half @param lo its low half */
    int find(long hi, long lo) {
        int mask = state.length - 1;
        for (int i = spread(hi, lo) & mask; ; i = (i + 1) & mask) {
            if (state[i] == 0) {
                return -1;
            }
            if (high[i] == hi && low[i] == lo) {
                return i;
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
     * @return the id's slot
     */
    int add(long hi, long lo, long hash, long statement, byte outcome) {
        if (size * 2 >= state.length) {
            grow();
        }
        int mask = state.length - 1;
        int i = spread(hi, lo) & mask;
        while (state[i] != 0) {
            i = (i + 1) & mask;
        }
        high[i] = hi;
        low[i] = lo;
        content[i] = hash;
        first[i] = (int) Math.min(Integer.MAX_VALUE, statement);
        state[i] = outcome;
        size++;
        return i;
    }

    /** {@return the content hash of the statement in a slot} @param slot the slot */
    long content(int slot) {
        return content[slot];
    }

    /** {@return the index of the statement that first had the id of a slot} @param slot the slot */
    long first(int slot) {
        return first[slot];
    }

    /** {@return what became of the statement of a slot} @param slot the slot */
    byte outcome(int slot) {
        return (byte) (state[slot] & ~VOIDED);
    }

    /** Marks the statement of a slot voided. @param slot the slot */
    void voided(int slot) {
        state[slot] |= VOIDED;
    }

    /** {@return true when the statement of a slot is voided; false for -1 (no id)} @param slot the slot or -1 */
    boolean isVoided(int slot) {
        return slot >= 0 && (state[slot] & VOIDED) != 0;
    }

    /** {@return the number of slots, for {@link #used(int)}} */
    int capacity() {
        return state.length;
    }

    /** {@return true when a slot holds an id} @param slot the slot */
    boolean used(int slot) {
        return state[slot] != 0;
    }

    private void grow() {
        long[] h = high;
        long[] l = low;
        long[] c = content;
        int[] f = first;
        byte[] s = state;
        int capacity = s.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        content = new long[capacity];
        first = new int[capacity];
        state = new byte[capacity];
        size = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] != 0) {
                int slot = add(h[i], l[i], c[i], f[i], s[i]);
                state[slot] = s[i];
            }
        }
        Arrays.fill(s, (byte) 0);
    }

    private static int spread(long hi, long lo) {
        long h = (hi ^ lo * 0x9E3779B97F4A7C15L);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
