package dev.tandem.io.evidence;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.internal.InOrder;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * JSON Lines parsed and checked by worker threads: the caller's thread cuts the lines into batches, the
 * workers parse and check each batch, and the caller's thread takes the batches back in file order, so the
 * tally sees exactly what the one-thread reading gives it. At most a few batches are in flight, so memory
 * stays bounded whatever the file's size.
 */
final class ParallelLineSteps implements EvidenceReader.Steps {

    /** The most lines of one batch. */
    private static final int BATCH_LINES = 2048;
    /** The bytes after which a batch is full (a line is never split). */
    private static final int BATCH_BYTES = 1 << 19;

    private final ByteLines lines;
    private final EvidenceReader reader;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final ArrayDeque<Future<Object[]>> inFlight = new ArrayDeque<>();
    /** Each worker's cache of checked learner ids and its reused record. */
    private final ThreadLocal<RecordChecker.Learners> learners = ThreadLocal.withInitial(RecordChecker.Learners::new);
    private final ThreadLocal<RawRecord> raws = ThreadLocal.withInitial(() -> new RawRecord(0));
    private Object[] current;
    private int next;
    private boolean inputEnded;

    ParallelLineSteps(ByteLines lines, EvidenceReader reader, int threads) {
        this.lines = lines;
        this.reader = reader;
        this.maxInFlight = 2 * threads + 2;
        this.workers = InOrder.pool(threads, "evidence");
    }

    @Override
    public boolean step(EvidenceReader.Tally tally) throws IOException {
        while (current == null || next == current.length) {
            submit();
            Future<Object[]> batch = inFlight.poll();
            if (batch == null) {
                return false;
            }
            try {
                current = InOrder.await(batch);
            } catch (InOrder.WorkFailed e) {
                throw e.rethrow(IOException.class);
            }
            next = 0;
        }
        Object entry = current[next];
        current[next++] = null;
        if (entry instanceof EvidenceRecord record) {
            tally.accept(record);
        } else {
            @SuppressWarnings("unchecked")
            List<EvidenceProblem> problems = (List<EvidenceProblem>) entry;
            tally.reject(problems);
        }
        return true;
    }

    /** Cuts batches and hands them to the workers until enough are in flight or the input has ended. */
    private void submit() {
        while (!inputEnded && inFlight.size() < maxInFlight) {
            Batch batch = new Batch();
            IOException failure = null;
            try {
                while (batch.count < BATCH_LINES && batch.size < BATCH_BYTES) {
                    if (!lines.next()) {
                        inputEnded = true;
                        break;
                    }
                    if (!lines.isBlank() || lines.tooLong()) {
                        batch.add(lines);
                    }
                }
            } catch (IOException e) {
                failure = e; // the lines before it are read first, as on one thread
                inputEnded = true;
            }
            if (batch.count > 0) {
                inFlight.add(workers.submit(() -> work(batch)));
            }
            if (failure != null) {
                inFlight.add(CompletableFuture.failedFuture(failure));
            }
        }
    }

    /** {@return each line of the batch parsed and checked: an EvidenceRecord or the list of its problems} */
    private Object[] work(Batch batch) throws IOException {
        Object[] out = new Object[batch.count];
        RecordChecker.Learners known = learners.get();
        RawRecord raw = raws.get();
        RecordChecker checker = reader.checker();
        for (int i = 0; i < batch.count; i++) {
            raw.reset(batch.lineNumbers[i]);
            if (batch.lengths[i] < 0) {
                reader.tooLong(raw);
            } else {
                reader.readLine(batch.data, batch.offsets[i], batch.lengths[i], batch.wide[i], raw);
            }
            EvidenceRecord record = raw.isMalformed() ? null : checker.check(raw, known);
            out[i] = record != null ? record : List.copyOf(raw.problems);
        }
        return out;
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        workers.shutdownNow();
    }

    /** Lines cut from the input, copied out of the line source's buffer; a negative length: too long. */
    private static final class Batch {
        byte[] data = new byte[64 * 1024];
        int size;
        int count;
        int[] offsets = new int[BATCH_LINES];
        int[] lengths = new int[BATCH_LINES];
        long[] lineNumbers = new long[BATCH_LINES];
        boolean[] wide = new boolean[BATCH_LINES];

        void add(ByteLines line) {
            lineNumbers[count] = line.lineNumber();
            wide[count] = line.wide();
            if (line.tooLong()) {
                lengths[count++] = -1;
                return;
            }
            int length = line.length();
            if (size + length > data.length) {
                data = Arrays.copyOf(data, Math.max(2 * data.length, size + length));
            }
            System.arraycopy(line.bytes(), line.offset(), data, size, length);
            offsets[count] = size;
            lengths[count++] = length;
            size += length;
        }
    }
}
