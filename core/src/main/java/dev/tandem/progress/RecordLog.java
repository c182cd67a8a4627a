package dev.tandem.progress;

import java.util.Arrays;

/**
 * One learner's records in compact columns, in input order: columns of its own, which grow as records are
 * added (a single evaluation), or a slice of columns shared by a whole cohort ({@link #slice}), which is
 * read-only. Package-private; mutable only while a single evaluation is being grouped, then read-only (safe
 * to share once published).
 */
final class RecordLog implements RecordSink {

    static final int ATTEMPT = 0;
    static final int COMPLETION = 1;
    static final int PRACTICE = 2;
    /** continuing education; the index is 0 for no listed topic, else the listed topic's index plus one. */
    static final int EDUCATION = 3;

    private static final int KIND_SHIFT = 29;
    private static final int UNDER_ESCALATED = 1 << 28;
    private static final int INDEX_MASK = UNDER_ESCALATED - 1;

    /** Where this log's records start in the columns (0 unless it is a slice of shared columns). */
    private final int offset;
    /** True for a slice of shared columns, which no record may be added to. */
    private final boolean shared;
    private int size;
    /** kind in bits 29-30, the under-escalation flag in bit 28, the assessment or module index below. */
    private int[] refs;
    private long[] seconds;
    private int[] nanos;
    /** the score of an attempt (graded for scenarios) or the hours of a practice or education record. */
    private double[] values;

    /** An empty log that grows as records come. */
    RecordLog() {
        this(2);
    }

    /**
     * An empty log with room for a number of records.
     *
     * @param capacity the records it holds before it grows
     */
    RecordLog(int capacity) {
        this(new int[capacity], new long[capacity], new int[capacity], new double[capacity], 0, 0, false);
    }

    private RecordLog(int[] refs, long[] seconds, int[] nanos, double[] values, int offset, int size,
            boolean shared) {
        this.shared = shared;
        this.refs = refs;
        this.seconds = seconds;
        this.nanos = nanos;
        this.values = values;
        this.offset = offset;
        this.size = size;
    }

    /**
     * {@return a read-only log of the records {@code [offset, offset + size)} of columns shared with other logs}
     *
     * @param refs    kinds, indices and flags, packed by {@link #ref}
     * @param seconds the instants' epoch seconds
     * @param nanos   the instants' nanoseconds
     * @param values  the scores and hours
     * @param offset  where the log's records start
     * @param size    how many there are
     */
    static RecordLog slice(int[] refs, long[] seconds, int[] nanos, double[] values, int offset, int size) {
        return new RecordLog(refs, seconds, nanos, values, offset, size, true);
    }

    /** {@return the kind, index and under-escalation flag of a record packed in one int, as a log keeps them} */
    static int ref(int kind, int index, boolean underEscalated) {
        return kind << KIND_SHIFT | (underEscalated ? UNDER_ESCALATED : 0) | index;
    }

    @Override
    public void add(int kind, int index, boolean underEscalated, long epochSecond, int nano, double value) {
        add(ref(kind, index, underEscalated), epochSecond, nano, value);
    }

    /** Appends a record whose kind, index and flag are packed by {@link #ref}. */
    void add(int ref, long epochSecond, int nano, double value) {
        if (shared) {
            throw new IllegalStateException("a slice of shared columns is read-only");
        }
        if (size == refs.length) {
            int capacity = Math.max(2, size * 2);
            refs = Arrays.copyOf(refs, capacity);
            seconds = Arrays.copyOf(seconds, capacity);
            nanos = Arrays.copyOf(nanos, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        refs[size] = ref;
        seconds[size] = epochSecond;
        nanos[size] = nano;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    int kind(int i) {
        return refs[offset + i] >>> KIND_SHIFT;
    }

    int index(int i) {
        return refs[offset + i] & INDEX_MASK;
    }

    boolean underEscalated(int i) {
        return (refs[offset + i] & UNDER_ESCALATED) != 0;
    }

    long seconds(int i) {
        return seconds[offset + i];
    }

    int nanos(int i) {
        return nanos[offset + i];
    }

    double value(int i) {
        return values[offset + i];
    }

    /** {@return negative, zero or positive as record i is before, at the same instant as, or after record j} */
    int compareTime(int i, int j) {
        int c = Long.compare(seconds[offset + i], seconds[offset + j]);
        return c != 0 ? c : Integer.compare(nanos[offset + i], nanos[offset + j]);
    }

    /**
     * {@return the records given, sorted by time with ties in input order (a stable sort: by insertion for
     * the usual handful, else by TimSort); sorts the array given in place and returns it}
     *
     * @param indices record indices in input order
     */
    int[] inTimeOrder(int[] indices) {
        int count = indices.length;
        if (count > 32) {
            Integer[] boxed = Arrays.stream(indices).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, this::compareTime); // stable: equal instants keep input order
            for (int k = 0; k < count; k++) {
                indices[k] = boxed[k];
            }
            return indices;
        }
        for (int n = 1; n < count; n++) {
            int i = indices[n];
            int k = n;
            while (k > 0 && compareTime(indices[k - 1], i) > 0) {
                indices[k] = indices[k - 1];
                k--;
            }
            indices[k] = i;
        }
        return indices;
    }

    /** {@return true when record i lies at or before the instant given as seconds and nanoseconds} */
    boolean atOrBefore(int i, long epochSecond, int nano) {
        long s = seconds[offset + i];
        return s < epochSecond || s == epochSecond && nanos[offset + i] <= nano;
    }
}
