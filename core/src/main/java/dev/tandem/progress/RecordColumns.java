package dev.tandem.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's records in arrival order, each with the index of its learner, in primitive columns of fixed-size
 * chunks: appending never copies what came before, and the chunks hold no references, so a large cohort being
 * read costs the garbage collector little. {@link #split} then moves the records into columns laid out learner
 * after learner, one {@link RecordLog} slice per learner, freeing each chunk once it is moved. Not thread-safe.
 */
final class RecordColumns implements RecordSink {

    private static final int CHUNK = 1 << 14;
    /** The most records laid out in shared columns: well within the largest array a JVM allocates. */
    static final long SHARED_LIMIT = Integer.MAX_VALUE - 1024;

    private final List<int[]> learnerChunks = new ArrayList<>();
    /** Kind, index and under-escalation flag, packed by {@link RecordLog#ref}. */
    private final List<int[]> refChunks = new ArrayList<>();
    private final List<long[]> secondChunks = new ArrayList<>();
    private final List<int[]> nanoChunks = new ArrayList<>();
    private final List<double[]> valueChunks = new ArrayList<>();
    /** How many records each learner has, by learner index. */
    private int[] counts = new int[16];
    private long size;
    /** The learner the next records belong to. */
    private int learner;
    /** The last chunk of each column, and the place of the next record in it. */
    private int[] learners;
    private int[] refs;
    private long[] seconds;
    private int[] nanos;
    private double[] values;
    private int at = CHUNK;
    /** The most records {@link #split} lays out in shared columns. */
    private final long sharedLimit;

    /** Empty columns. */
    RecordColumns() {
        this(SHARED_LIMIT);
    }

    /**
     * Empty columns that lay out at most the given number of records in shared columns.
     *
     * @param sharedLimit the most records split into shared columns; more give each learner arrays of its own
     */
    RecordColumns(long sharedLimit) {
        this.sharedLimit = sharedLimit;
    }

    /** Sets the learner (by index, from 0) the next records belong to. */
    void learner(int index) {
        if (index >= counts.length) {
            counts = java.util.Arrays.copyOf(counts, Math.max(2 * counts.length, index + 1));
        }
        learner = index;
    }

    @Override
    public void add(int kind, int index, boolean underEscalated, long epochSecond, int nano, double value) {
        if (at == CHUNK) {
            learnerChunks.add(learners = new int[CHUNK]);
            refChunks.add(refs = new int[CHUNK]);
            secondChunks.add(seconds = new long[CHUNK]);
            nanoChunks.add(nanos = new int[CHUNK]);
            valueChunks.add(values = new double[CHUNK]);
            at = 0;
        }
        learners[at] = learner;
        refs[at] = RecordLog.ref(kind, index, underEscalated);
        seconds[at] = epochSecond;
        nanos[at] = nano;
        values[at] = value;
        at++;
        counts[learner]++;
        size++;
    }

    /**
     * Moves the records into one log per learner, each in arrival order; the columns are empty afterwards. The
     * logs are slices of four columns shared by the whole cohort, laid out learner after learner in the order
     * of {@code position}: a handful of large arrays instead of four small ones per learner. (Past
     * {@link #SHARED_LIMIT} records, each learner's log gets arrays of its own, as no array holds more.)
     *
     * @param learnerCount how many learners there are (indices 0 to {@code learnerCount - 1})
     * @param position     where each learner's log goes in the result, by learner index
     * @return the logs, placed by {@code position}
     */
    RecordLog[] split(int learnerCount, int[] position) {
        RecordLog[] logs = new RecordLog[learnerCount];
        int[] next = null;
        int[] allRefs = null;
        long[] allSeconds = null;
        int[] allNanos = null;
        double[] allValues = null;
        if (size <= sharedLimit) {
            int total = (int) size;
            allRefs = new int[total];
            allSeconds = new long[total];
            allNanos = new int[total];
            allValues = new double[total];
            int[] byPosition = new int[learnerCount];
            for (int i = 0; i < learnerCount; i++) {
                byPosition[position[i]] = i < counts.length ? counts[i] : 0;
            }
            int[] start = new int[learnerCount];
            for (int p = 0, offset = 0; p < learnerCount; p++) {
                start[p] = offset;
                logs[p] = RecordLog.slice(allRefs, allSeconds, allNanos, allValues, offset, byPosition[p]);
                offset += byPosition[p];
            }
            next = start;
        } else {
            for (int i = 0; i < learnerCount; i++) {
                logs[position[i]] = new RecordLog(i < counts.length ? counts[i] : 0);
            }
        }
        long left = size;
        for (int c = 0; c < learnerChunks.size(); c++) {
            int n = (int) Math.min(CHUNK, left);
            int[] chunkLearners = learnerChunks.get(c);
            int[] chunkRefs = refChunks.get(c);
            long[] chunkSeconds = secondChunks.get(c);
            int[] chunkNanos = nanoChunks.get(c);
            double[] chunkValues = valueChunks.get(c);
            if (next != null) {
                for (int r = 0; r < n; r++) {
                    int k = next[position[chunkLearners[r]]]++;
                    allRefs[k] = chunkRefs[r];
                    allSeconds[k] = chunkSeconds[r];
                    allNanos[k] = chunkNanos[r];
                    allValues[k] = chunkValues[r];
                }
            } else {
                for (int r = 0; r < n; r++) {
                    logs[position[chunkLearners[r]]].add(chunkRefs[r], chunkSeconds[r], chunkNanos[r],
                            chunkValues[r]);
                }
            }
            left -= n;
            learnerChunks.set(c, null);
            refChunks.set(c, null);
            secondChunks.set(c, null);
            nanoChunks.set(c, null);
            valueChunks.set(c, null);
        }
        learners = null;
        refs = null;
        seconds = null;
        nanos = null;
        values = null;
        at = CHUNK;
        size = 0;
        return logs;
    }
}
