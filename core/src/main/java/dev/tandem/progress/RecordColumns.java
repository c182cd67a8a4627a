package dev.tandem.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A cohort's records in arrival order, each with the index of its learner, in primitive columns of fixed-size
 * chunks: appending never copies what came before, and the chunks hold no references, so a large cohort being
 * read costs the garbage collector little. {@link #split} then moves the records into one exactly sized
 * {@link RecordLog} per learner, freeing each chunk once it is moved. Not thread-safe.
 */
final class RecordColumns implements RecordSink {

    private static final int CHUNK = 1 << 14;

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
     * Moves the records into one log per learner, each in arrival order; the columns are empty afterwards.
     *
     * @param learnerCount how many learners there are (indices 0 to {@code learnerCount - 1})
     * @param position     where each learner's log goes in the result, by learner index
     * @return the logs, placed by {@code position}
     */
    RecordLog[] split(int learnerCount, int[] position) {
        RecordLog[] logs = new RecordLog[learnerCount];
        for (int i = 0; i < learnerCount; i++) {
            logs[position[i]] = new RecordLog(i < counts.length ? counts[i] : 0);
        }
        long left = size;
        for (int c = 0; c < learnerChunks.size(); c++) {
            int n = (int) Math.min(CHUNK, left);
            int[] chunkLearners = learnerChunks.get(c);
            int[] chunkRefs = refChunks.get(c);
            long[] chunkSeconds = secondChunks.get(c);
            int[] chunkNanos = nanoChunks.get(c);
            double[] chunkValues = valueChunks.get(c);
            for (int r = 0; r < n; r++) {
                logs[position[chunkLearners[r]]].add(chunkRefs[r], chunkSeconds[r], chunkNanos[r], chunkValues[r]);
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
