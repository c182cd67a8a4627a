package dev.tandem.io.evidence;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.tandem.evidence.EvidenceRecord;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive JSON Lines copied out of the line source's buffer, each followed by a line feed, and their
 * parsing: one parser runs over the whole batch, record after record, and any line it cannot read as exactly one
 * object within the line is read again on its own by {@link EvidenceReader#readLine}, which is the reference,
 * so a batch gives exactly the records and problems of reading its lines one by one. A too-long line keeps no
 * bytes (its length is negative). Not thread-safe: filled by one thread, parsed by one thread, and then
 * {@linkplain #clear() cleared} for reuse.
 */
final class LineBatch {

    /** The most lines of one batch. */
    static final int MAX_LINES = 512;
    /**
     * The bytes after which a batch is full (a line is never split): small enough that the lines copied in are
     * still in the processor's cache when they are parsed (with 512 KiB batches, reading 1,000,000 records took
     * about 3 % longer), large enough that handing a batch to another thread costs little beside its parsing.
     */
    static final int MAX_BYTES = 1 << 16;

    private byte[] data = new byte[64 * 1024];
    private int size;
    private int count;
    private final int[] offsets = new int[MAX_LINES];
    private final int[] lengths = new int[MAX_LINES];
    private final long[] lineNumbers = new long[MAX_LINES];
    private final boolean[] wide = new boolean[MAX_LINES];

    /** Empties the batch for reuse; its buffer keeps the room it grew to. */
    void clear() {
        size = 0;
        count = 0;
    }

    /** {@return true when no further line should be added} */
    boolean isFull() {
        return count >= MAX_LINES || size >= MAX_BYTES;
    }

    /** {@return the number of lines} */
    int count() {
        return count;
    }

    /** Copies the line the source stands at. */
    void add(ByteLines line) {
        lineNumbers[count] = line.lineNumber();
        wide[count] = line.wide();
        if (line.tooLong()) {
            lengths[count++] = -1;
            return;
        }
        int length = line.length();
        if (size + length + 1 > data.length) {
            data = Arrays.copyOf(data, Math.max(2 * data.length, size + length + 1));
        }
        System.arraycopy(line.bytes(), line.offset(), data, size, length);
        offsets[count] = size;
        lengths[count++] = length;
        size += length;
        data[size++] = '\n';
    }

    /**
     * Parses and checks every line of the batch.
     *
     * @param reader the reader whose parser factory, limits and messages apply
     * @param known  the learner ids already checked on this thread
     * @param raw    a record to reuse
     * @return for each line, in order, its {@link EvidenceRecord} or the list of its problems
     * @throws IOException never for bytes in memory; declared by the parser
     */
    Object[] parse(EvidenceReader reader, RecordChecker.Learners known, RawRecord raw) throws IOException {
        Object[] out = new Object[count];
        RecordChecker checker = reader.checker();
        JsonParser p = null;
        int start = 0; // where the running parser was started in data: its byte offsets count from there
        try {
            for (int i = 0; i < count; i++) {
                raw.reset(lineNumbers[i]);
                int offset = offsets[i];
                int length = lengths[i];
                if (length < 0) {
                    reader.tooLong(raw); // its bytes are not in the batch: the parser goes on with the next line
                } else {
                    if (p == null && !EvidenceReader.ambiguousStart(data, offset, length)) {
                        p = reader.jsonFactory().createParser(data, offset, size - offset);
                        start = offset;
                    }
                    if (p == null || !readWithin(p, start, offset, length, raw, checker.ids())) {
                        // not one object within the line: the parser's place is lost; read the line on its own
                        if (p != null) {
                            p.close();
                            p = null;
                        }
                        raw.reset(lineNumbers[i]);
                        reader.readLine(data, offset, length, wide[i], raw);
                    }
                }
                EvidenceRecord record = raw.isMalformed() ? null : checker.check(raw, known);
                out[i] = record != null ? record : List.copyOf(raw.problems);
            }
        } finally {
            if (p != null) {
                p.close();
            }
        }
        return out;
    }

    /**
     * Reads the next value of the running parser into the record; {@return true when it is an object lying
     * within the line, followed by nothing but blanks on the line}. False also when the parser fails: the line is
     * then read again on its own, which gives the problem its words and column.
     */
    private boolean readWithin(JsonParser p, int start, int offset, int length, RawRecord raw, KnownIds ids)
            throws IOException {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonFields.read(p, raw, ids);
            if (p.currentToken() != JsonToken.END_OBJECT) {
                return false;
            }
            long end = start + p.currentLocation().getByteOffset();
            int lineEnd = offset + length;
            if (end > lineEnd) {
                return false;
            }
            for (int k = (int) end; k < lineEnd; k++) {
                if (data[k] != ' ' && data[k] != '\t') {
                    return false;
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
