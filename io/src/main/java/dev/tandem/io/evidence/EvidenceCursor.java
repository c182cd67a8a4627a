package dev.tandem.io.evidence;

import dev.tandem.evidence.EvidenceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Pull-style reading of one evidence source: the good records one at a time, in file order, as an
 * {@link Iterator} or a {@link Stream}; the bad ones are counted and reported in {@link #summary()}, exactly
 * as {@link EvidenceReader#read(java.nio.file.Path, java.util.function.Consumer)} reports them.
 *
 * <p>Records are read only as they are asked for, so memory does not grow with the file. Close the cursor
 * (try-with-resources) when done, also when stopping early; closing the {@link #stream()} closes the cursor.
 * An {@link IOException} of the underlying input while iterating is thrown as an {@link UncheckedIOException}.
 *
 * <pre>{@code
 * try (EvidenceCursor records = EvidenceReader.of(curriculum).open(Path.of("evidence.jsonl"))) {
 *     records.forEachRemaining(r -> ...);
 *     records.summary().problems().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread reads a cursor.
 */
public final class EvidenceCursor implements Iterator<EvidenceRecord>, Closeable {

    private final EvidenceReader.Steps steps;
    private final EvidenceReader.Tally tally;
    private final Queue<EvidenceRecord> ready;
    private final Closeable source;
    private boolean ended;
    private boolean closed;

    EvidenceCursor(EvidenceReader.Steps steps, EvidenceReader.Tally tally, Queue<EvidenceRecord> ready,
            Closeable source) {
        this.steps = steps;
        this.tally = tally;
        this.ready = ready;
        this.source = source;
    }

    /**
     * {@return true when another good record follows} Reads on until the next good record or the end of the
     * input, counting the bad records on the way.
     *
     * @throws IllegalStateException when the cursor is closed
     * @throws UncheckedIOException  when the input cannot be read
     */
    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            if (closed) {
                throw new IllegalStateException("The evidence cursor is closed");
            }
            try {
                ended = !steps.step(tally);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !ready.isEmpty();
    }

    /**
     * {@return the next good record}
     *
     * @throws NoSuchElementException when there is none
     * @throws IllegalStateException  when the cursor is closed
     * @throws UncheckedIOException   when the input cannot be read
     */
    @Override
    public EvidenceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more evidence records");
        }
        return ready.remove();
    }

    /**
     * {@return the remaining good records as a sequential, ordered stream} Closing the stream closes this
     * cursor.
     */
    public Stream<EvidenceRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::closeUnchecked);
    }

    /**
     * {@return the counts and problems of what has been read so far} Complete once {@link #hasNext()} has
     * returned false.
     */
    public EvidenceSummary summary() {
        return tally.summary();
    }

    /**
     * Closes the cursor and, when it was opened on a file, the file. Closing twice does nothing.
     *
     * @throws IOException when closing the input fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        try {
            steps.close();
        } finally {
            source.close();
        }
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
