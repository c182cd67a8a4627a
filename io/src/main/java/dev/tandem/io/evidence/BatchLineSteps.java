package dev.tandem.io.evidence;

import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.internal.InOrder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * JSON Lines read in batches of lines ({@link LineBatch}): the caller's thread cuts the lines into batches,
 * each batch is parsed and checked, and the caller's thread takes the batches back in file order, so the tally
 * sees exactly what reading line by line gives it. Without workers, the caller's thread parses each batch
 * itself when it needs the next record; with workers, they parse a few batches ahead, and while the caller's
 * thread waits for the batch it needs it parses that one itself if no worker has started it, else the batches
 * queued behind it ({@link InOrder#awaitHelping}). Either way at most a few batches are in flight, so memory
 * stays bounded whatever the file's size.
 */
final class BatchLineSteps implements EvidenceReader.Steps {

    private final ByteLines lines;
    private final EvidenceReader reader;
    /** The workers, or null when the caller's thread parses. */
    private final ExecutorService workers;
    private final int maxInFlight;
    private final ArrayDeque<Future<Object[]>> inFlight = new ArrayDeque<>();
    /** Each parsing thread's cache of checked learner ids and its reused record. */
    private final ThreadLocal<RecordChecker.Learners> learners = ThreadLocal.withInitial(RecordChecker.Learners::new);
    private final ThreadLocal<RawRecord> raws = ThreadLocal.withInitial(() -> new RawRecord(0));
    /** Batches parsed and cleared, for reuse: their buffers have grown to the file's batches already. */
    private final ConcurrentLinkedQueue<LineBatch> free = new ConcurrentLinkedQueue<>();
    private Object[] current;
    private int next;
    private boolean inputEnded;

    /**
     * @param lines   the lines
     * @param reader  the reader whose parsing and checks apply
     * @param workers the threads that parse besides the caller's, 0 for none
     */
    BatchLineSteps(ByteLines lines, EvidenceReader reader, int workers) {
        this.lines = lines;
        this.reader = reader;
        this.maxInFlight = workers == 0 ? 1 : 2 * workers + 2;
        this.workers = workers == 0 ? null : InOrder.pool(workers, "evidence");
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
                current = InOrder.awaitHelping(batch, inFlight);
            } catch (InOrder.WorkFailed e) {
                throw e.rethrow(IOException.class);
            } catch (CancellationException e) {
                // interrupted while waiting for a worker: an I/O interruption, as reading the stream would give
                throw new InterruptedIOException(e.getMessage());
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

    /** Cuts batches and hands them on until enough are in flight or the input has ended. */
    private void submit() {
        while (!inputEnded && inFlight.size() < maxInFlight) {
            LineBatch reused = free.poll();
            LineBatch batch = reused != null ? reused : new LineBatch();
            IOException failure = null;
            try {
                while (!batch.isFull()) {
                    if (!lines.next()) {
                        inputEnded = true;
                        break;
                    }
                    if (!lines.isBlank() || lines.tooLong()) {
                        batch.add(lines);
                    }
                }
            } catch (IOException e) {
                failure = e; // the lines before it are read first
                inputEnded = true;
            }
            if (batch.count() > 0) {
                FutureTask<Object[]> parsed = new FutureTask<>(() -> parse(batch));
                if (workers != null) {
                    workers.execute(parsed);
                }
                inFlight.add(parsed); // without workers, the caller's thread runs it when it needs it
            }
            if (failure != null) {
                inFlight.add(CompletableFuture.failedFuture(failure));
            }
        }
    }

    private Object[] parse(LineBatch batch) throws IOException {
        try {
            return batch.parse(reader, learners.get(), raws.get());
        } finally {
            batch.clear();
            free.offer(batch);
        }
    }

    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        if (workers != null) {
            workers.shutdownNow();
        }
        learners.remove(); // the caller's thread's own; the workers' go with their threads
        raws.remove();
    }
}
