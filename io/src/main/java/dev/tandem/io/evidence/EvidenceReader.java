package dev.tandem.io.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.internal.Suggestions;
import dev.tandem.io.ReadOptions;
import dev.tandem.io.internal.Utf8;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A reader of learner evidence (FORMAT 6.1) bound to one curriculum: JSON Lines, a JSON array or CSV,
 * streamed record by record.
 *
 * <p>Every good record goes to the consumer as an {@link EvidenceRecord}, in file order, as soon as it is
 * read; memory does not grow with the file (the JSON array is read token by token, never as a tree). Every
 * bad record is reported as an {@link EvidenceProblem} with its line: the record's line in JSON Lines and CSV
 * (the first line of the row for a CSV row with line breaks inside quotes), the line where the object starts
 * in a JSON array. All problems of a file are reported in one run. In JSON Lines, a malformed line is a
 * problem of that line and reading goes on with the next; in a JSON array or CSV, broken syntax ends the
 * reading (the parser cannot find the next record), which is reported too.
 *
 * <p>Limits from {@link ReadOptions}: {@code maxDepth} bounds nesting, {@code maxStringLength} bounds both a
 * string and a JSON Lines line. Hostile input gives problems, never an exception other than the
 * {@link IOException} of the underlying stream.
 *
 * <p>Immutable and thread-safe: one reader may read many files at once.
 */
public final class EvidenceReader {

    /** The earliest instant a record may name: 1900-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant a record may no longer name: 2200-01-01T00:00:00Z. */
    public static final Instant END = Instant.parse("2200-01-01T00:00:00Z");
    /** The most hours one practice record may give, so that every sum of hours stays finite and exact enough. */
    public static final int MAX_HOURS = 10_000;

    private static final int DETECTION_WINDOW = 8192;
    /** The most cells kept of one CSV row (a header has at most 9 meaningful ones). */
    private static final int MAX_CELLS = 64;
    private static final Pattern CSV_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private final RecordChecker checker;
    private final ReadOptions options;
    private final JsonFactory json;
    private final CsvFactory csv;
    /** The threads that read JSON Lines, the caller's included; 1 reads on the caller's thread alone. */
    private final int threads;

    private EvidenceReader(EvidenceReader reader, int threads) {
        this.checker = reader.checker;
        this.options = reader.options;
        this.json = reader.json;
        this.csv = reader.csv;
        this.threads = threads;
    }

    private EvidenceReader(Curriculum curriculum, ReadOptions options) {
        this.threads = 1;
        this.checker = new RecordChecker(Objects.requireNonNull(curriculum, "curriculum"));
        this.options = Objects.requireNonNull(options, "options");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxDepth())
                .maxStringLength(options.maxStringLength())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        // a CSV cell longer than the string limit is a problem of its row (checked here), reading goes on; only a
        // cell beyond the document limit stops the parser
        StreamReadConstraints csvConstraints = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE - 8, Math.max(options.maxStringLength(),
                        options.maxDocumentBytes())))
                .build();
        this.csv = CsvFactory.builder().streamReadConstraints(csvConstraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .build();
    }

    /**
     * {@return a reader checking evidence against the curriculum, with the default limits}
     *
     * @param curriculum the curriculum whose assessments, modules and tiers the evidence names
     */
    public static EvidenceReader of(Curriculum curriculum) {
        return new EvidenceReader(curriculum, ReadOptions.defaults());
    }

    /**
     * {@return a reader checking evidence against the curriculum, with the given limits}
     *
     * @param curriculum the curriculum whose assessments, modules and tiers the evidence names
     * @param options    the limits
     */
    public static EvidenceReader of(Curriculum curriculum, ReadOptions options) {
        return new EvidenceReader(curriculum, options);
    }

    /**
     * {@return a reader like this one that reads JSON Lines on {@code threads} threads}: the caller's thread cuts
     * the lines and receives the records while {@code threads - 1} threads of the reader's own parse and check
     * them, and parses a batch itself whenever the one it needs next has not been started. The records, problems
     * and counts are exactly those of the reader on one thread, and the consumer still receives the records on
     * the caller's thread, in file order; only the time differs. JSON arrays and CSV are read on the caller's
     * thread whatever the setting (a record's end cannot be found without parsing). With 1 (the default),
     * nothing but the caller's thread is used.
     *
     * @param threads the threads that read, the caller's included, at least 1
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public EvidenceReader withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return threads == this.threads ? this : new EvidenceReader(this, threads);
    }

    /**
     * Reads an evidence file, taking its format from the extension ({@code .jsonl}, {@code .ndjson},
     * {@code .json}, {@code .csv}) or, for any other name, from its first character.
     *
     * @param file     the file (UTF-8)
     * @param consumer receives each good record, in file order
     * @return the counts and every problem
     * @throws IOException when the file cannot be read
     */
    public EvidenceSummary read(Path file, Consumer<? super EvidenceRecord> consumer) throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        try (InputStream in = Files.newInputStream(file)) {
            EvidenceFormat format = EvidenceFormat.fromFileName(file.getFileName().toString()).orElse(null);
            return run(steps(in, format), consumer);
        }
    }

    /**
     * Reads evidence from a stream, taking the format from its first character: {@code [} a JSON array,
     * <code>{</code> JSON Lines, anything else CSV. The stream is not closed.
     *
     * @param in       the evidence (UTF-8, an optional byte-order mark is skipped)
     * @param consumer receives each good record, in order
     * @return the counts and every problem
     * @throws IOException when the stream cannot be read
     */
    public EvidenceSummary read(InputStream in, Consumer<? super EvidenceRecord> consumer) throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        return run(steps(in, null), consumer);
    }

    /**
     * Reads evidence of a known format from a stream. The stream is not closed.
     *
     * @param in       the evidence (UTF-8, an optional byte-order mark is skipped)
     * @param format   its format
     * @param consumer receives each good record, in order
     * @return the counts and every problem
     * @throws IOException when the stream cannot be read
     */
    public EvidenceSummary read(InputStream in, EvidenceFormat format, Consumer<? super EvidenceRecord> consumer)
            throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(consumer, "consumer");
        return run(steps(in, format), consumer);
    }

    /**
     * Reads evidence of a known format from text.
     *
     * @param text     the evidence
     * @param format   its format
     * @param consumer receives each good record, in order
     * @return the counts and every problem
     */
    public EvidenceSummary read(String text, EvidenceFormat format, Consumer<? super EvidenceRecord> consumer) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(consumer, "consumer");
        try {
            return run(steps(new StringReader(text), format), consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private EvidenceSummary run(Steps open, Consumer<? super EvidenceRecord> consumer) throws IOException {
        Tally tally = new Tally(checker, consumer);
        try (Steps steps = open) {
            while (steps.step(tally)) {
                // each step reads one record (or ends the file)
            }
        }
        return tally.summary();
    }

    /**
     * Opens an evidence file for pull-style reading, taking its format as {@link #read(Path, Consumer)} does.
     * Close the cursor (try-with-resources) to close the file.
     *
     * @param file the file (UTF-8)
     * @return a cursor over the file's good records, in file order
     * @throws IOException when the file cannot be opened
     */
    public EvidenceCursor open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            EvidenceFormat format = EvidenceFormat.fromFileName(file.getFileName().toString()).orElse(null);
            return cursor(steps(in, format), in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Opens evidence of a known format for pull-style reading. Closing the cursor does not close the stream.
     *
     * @param in     the evidence (UTF-8, an optional byte-order mark is skipped)
     * @param format its format
     * @return a cursor over the good records, in order
     * @throws IOException when the stream cannot be read
     */
    public EvidenceCursor open(InputStream in, EvidenceFormat format) throws IOException {
        Objects.requireNonNull(format, "format");
        return cursor(steps(in, format), () -> { });
    }

    private EvidenceCursor cursor(Steps steps, Closeable source) {
        ArrayDeque<EvidenceRecord> ready = new ArrayDeque<>();
        return new EvidenceCursor(steps, new Tally(checker, ready::add), ready, source);
    }

    /**
     * {@return the steps reading a stream of a format, or of the format its first character names when null}:
     * JSON Lines are cut into lines as bytes and parsed from them; the other formats are decoded first.
     */
    private Steps steps(InputStream in, EvidenceFormat format) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), DETECTION_WINDOW);
        EvidenceFormat f = format != null ? format : detect(buffered);
        if (f == EvidenceFormat.JSON_LINES) {
            ByteLines lines = new ByteLines(buffered, options.maxStringLength());
            return guarded(new BatchLineSteps(lines, this, threads - 1));
        }
        return steps(utf8(buffered), f);
    }

    private Steps steps(Reader reader, EvidenceFormat format) throws IOException {
        return guarded(formatSteps(reader, format));
    }

    /** {@return the steps, ending the input with a problem of the file where its bytes are not UTF-8} */
    private static Steps guarded(Steps steps) {
        return new Steps() {
            private boolean ended;

            @Override
            public boolean step(Tally tally) throws IOException {
                if (ended) {
                    return false;
                }
                try {
                    return steps.step(tally);
                } catch (Utf8.Malformed e) {
                    // never replaced: two names in another encoding would become one learner
                    ended = true;
                    tally.fileProblem(e.line(), e.describe() + "; the rest of the file cannot be read");
                    return false;
                }
            }

            @Override
            public void close() throws IOException {
                steps.close();
            }
        };
    }

    private Steps formatSteps(Reader reader, EvidenceFormat format) throws IOException {
        return switch (format) {
            case JSON_LINES -> new LineSteps(new LineSource(reader, options.maxStringLength()));
            case JSON_ARRAY -> new ArraySteps(json.createParser(reader));
            case CSV -> new CsvSteps(csv.createParser(reader));
        };
    }

    /**
     * One format's reading, one record at a time: the push-style {@code read} runs the steps to the end, a
     * {@link EvidenceCursor} runs one whenever its caller wants the next record.
     */
    interface Steps extends Closeable {
        /**
         * Reads the next record (or the problem that ends the file) into the tally.
         *
         * @param tally receives the record
         * @return false when the input has ended (possibly after reporting the problem that ended it)
         * @throws IOException when the input fails
         */
        boolean step(Tally tally) throws IOException;
    }

    private static Reader utf8(BufferedInputStream buffered) throws IOException {
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return Utf8.reader(buffered);
    }

    /** {@return the format the first character that is not white space names}; the stream is left unread */
    private static EvidenceFormat detect(BufferedInputStream in) throws IOException {
        in.mark(DETECTION_WINDOW);
        byte[] window = in.readNBytes(DETECTION_WINDOW);
        in.reset();
        int start = window.length >= 3 && (window[0] & 0xFF) == 0xEF && (window[1] & 0xFF) == 0xBB
                && (window[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(window, start, window.length - start, StandardCharsets.UTF_8);
        int c = -1;
        for (int i = 0; i < Math.min(head.length(), DETECTION_WINDOW - 1); i++) {
            char ch = head.charAt(i);
            if (!Character.isWhitespace(ch)) {
                c = ch;
                break;
            }
        }
        return EvidenceFormat.fromFirstCharacter(c);
    }

    /**
     * JSON Lines from characters (text given as such), one line after the other; a malformed line is that line's
     * problem. JSON Lines from bytes are read in batches ({@link BatchLineSteps}).
     */
    private final class LineSteps implements Steps {
        private final LineSource lines;
        private final RawRecord raw = new RawRecord(0);

        LineSteps(LineSource lines) {
            this.lines = lines;
        }

        @Override
        public boolean step(Tally tally) throws IOException {
            while (lines.next()) {
                if (lines.isBlank() && !lines.tooLong()) {
                    continue;
                }
                raw.reset(lines.lineNumber());
                if (lines.tooLong()) {
                    tooLong(raw);
                } else {
                    readLine(lines.chars(), lines.length(), raw);
                }
                tally.take(raw);
                return true;
            }
            return false;
        }

        @Override
        public void close() {
            // the reader belongs to the caller
        }
    }

    /** Marks a record as a line longer than the limit. */
    void tooLong(RawRecord raw) {
        raw.malformed("the line is longer than " + options.maxStringLength() + " characters");
    }

    /** {@return the factory of this reader's JSON parsers, with its limits} */
    JsonFactory jsonFactory() {
        return json;
    }

    /** {@return the checker of this reader's curriculum} */
    RecordChecker checker() {
        return checker;
    }

    private void readLine(char[] line, int length, RawRecord raw) throws IOException {
        try (JsonParser p = json.createParser(line, 0, length)) {
            readObject(p, raw);
        } catch (JsonProcessingException e) {
            raw.malformed(describe(e, false));
        }
    }

    /**
     * Reads a line from its UTF-8 bytes. A line outside ASCII whose parse fails is parsed again from its
     * characters, so that the message counts columns in characters; so is one whose first bytes Jackson could
     * take for another encoding's (a NUL) or a byte-order mark.
     *
     * @param b    the bytes
     * @param off  where the line starts
     * @param len  its length
     * @param wide true when the line has a byte outside ASCII
     * @param raw  receives the fields, reset to the line's number
     * @throws IOException never from bytes in memory, declared by the parser
     */
    void readLine(byte[] b, int off, int len, boolean wide, RawRecord raw) throws IOException {
        if (!ambiguousStart(b, off, len)) {
            try (JsonParser p = json.createParser(b, off, len)) {
                readObject(p, raw);
                return;
            } catch (JsonProcessingException e) {
                if (!wide) {
                    raw.malformed(describe(e, false));
                    return;
                }
                raw.reset(raw.line);
            }
        }
        char[] chars = new String(b, off, len, StandardCharsets.UTF_8).toCharArray();
        readLine(chars, chars.length, raw);
    }

    /** {@return true when a line's first bytes hold a NUL or a byte outside ASCII} */
    static boolean ambiguousStart(byte[] b, int off, int len) {
        if (len > 0 && b[off] < 0) {
            return true;
        }
        for (int i = off; i < off + Math.min(4, len); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private void readObject(JsonParser p, RawRecord raw) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            raw.malformed("not a JSON object: each line holds one record {...}");
            return;
        }
        JsonFields.read(p, raw, checker.ids());
        if (p.nextToken() != null) {
            raw.malformed("more than one JSON value on the line: each line holds one record");
        }
    }

    /** The reading of a format through one Jackson parser, which the steps end when the input ends or breaks. */
    private abstract static class ParserSteps<P extends JsonParser> implements Steps {
        /** The parser over the input. */
        final P p;
        /** True once the input has ended. */
        boolean ended;

        ParserSteps(P p) {
            this.p = p;
        }

        /** {@return false, after marking the input as ended} */
        boolean end() {
            ended = true;
            return false;
        }

        @Override
        public void close() throws IOException {
            p.close();
        }
    }

    /** A JSON array, token by token; broken syntax ends the reading. */
    private final class ArraySteps extends ParserSteps<JsonParser> {
        private boolean started;

        ArraySteps(JsonParser p) {
            super(p);
        }

        @Override
        public boolean step(Tally tally) throws IOException {
            if (ended) {
                return false;
            }
            RawRecord current = null;
            try {
                if (!started) {
                    started = true;
                    if (!opens(tally)) {
                        return end();
                    }
                }
                JsonToken token = p.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    if (p.nextToken() != null) {
                        tally.fileProblem(line(p.currentTokenLocation()), "unexpected content after the array");
                    }
                    return end();
                }
                if (token == null) {
                    tally.fileProblem(line(p.currentLocation()), "the array is not closed: the file ends before ]");
                    return end();
                }
                current = new RawRecord(line(p.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT) {
                    JsonFields.read(p, current, checker.ids());
                } else {
                    current.malformed("not a JSON object: the array holds records {...}");
                    p.skipChildren();
                }
                tally.take(current);
                return true;
            } catch (JsonProcessingException e) {
                broken(e, current, p, tally);
                return end();
            }
        }

        private boolean opens(Tally tally) throws IOException {
            JsonToken first = p.nextToken();
            if (first != null && first != JsonToken.START_ARRAY) {
                tally.fileProblem(line(p.currentTokenLocation()), "a .json evidence file holds one JSON array of "
                        + "records [{...}, {...}] (use .jsonl for one record per line)");
            }
            return first == JsonToken.START_ARRAY;
        }
    }

    /**
     * Reports broken syntax, which ends the reading: as a problem of the record being read, or of the file.
     */
    private void broken(JsonProcessingException e, RawRecord current, JsonParser p, Tally tally) {
        String message = describe(e, true) + "; the rest of the file cannot be read";
        if (current != null) {
            current.malformed(message);
            tally.take(current);
        } else {
            tally.fileProblem(line(e.getLocation() != null ? e.getLocation() : p.currentLocation()), message);
        }
    }

    /** CSV: the header, then row by row; broken syntax ends the reading. */
    private final class CsvSteps extends ParserSteps<CsvParser> {
        private List<String> header;

        CsvSteps(CsvParser p) {
            super(p);
        }

        @Override
        public boolean step(Tally tally) throws IOException {
            if (ended) {
                return false;
            }
            RawRecord current = null;
            try {
                if (header == null && !readHeader(tally)) {
                    return end();
                }
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    return end();
                }
                long rowLine = line(p.currentLocation());
                try {
                    Row row = row(p, options.maxStringLength());
                    List<String> cells = row.cells();
                    current = new RawRecord(row.line());
                    if (row.tooLong()) {
                        current.malformed("a cell is longer than " + options.maxStringLength() + " characters");
                    }
                    rowCells(current, row, cells);
                } catch (JsonProcessingException e) {
                    if (current == null) {
                        current = new RawRecord(rowLine); // the row being read counts as a rejected record
                    }
                    throw e;
                }
                tally.take(current);
                return true;
            } catch (JsonProcessingException e) {
                broken(e, current, p, tally);
                return end();
            }
        }

        private void rowCells(RawRecord current, Row row, List<String> cells) {
            if (row.count() > header.size()) {
                current.malformed("the row has " + row.count() + " cells; the header has " + header.size());
            }
            for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
                csvCell(current, header.get(i), cells.get(i));
            }
        }

        private boolean readHeader(Tally tally) throws IOException {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            Row headerRow = row(p, Integer.MAX_VALUE);
            header = headerRow.cells();
            return headerIsValid(header, headerRow.line(), tally);
        }
    }

    /**
     * One CSV row: the line of its first cell (the row's own line), its first cells (at most
     * {@link #MAX_CELLS}) and how many cells it has.
     */
    private record Row(long line, List<String> cells, long count, boolean tooLong) {
    }

    private static Row row(CsvParser p, int maxCell) throws IOException {
        boolean tooLong = false;
        List<String> cells = new ArrayList<>();
        long line = line(p.currentTokenLocation());
        long count = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (count == 0) {
                line = line(p.currentTokenLocation());
            }
            String text = p.getText();
            if (text.length() > maxCell) {
                tooLong = true;
                text = "";
            }
            if (count++ < MAX_CELLS) {
                cells.add(text);
            }
        }
        return new Row(line, cells, count, tooLong);
    }

    private static boolean headerIsValid(List<String> header, long line, Tally tally) {
        int before = tally.problems.size();
        List<String> seen = new ArrayList<>();
        for (String raw : header) {
            String name = raw.strip();
            if (!RawRecord.FIELDS.contains(name)) {
                tally.fileProblem(line, RecordChecker.quote(name), "unknown column" + Suggestions.closest(name,
                        RawRecord.FIELDS).map(s -> " (did you mean '" + s + "'?)").orElse("") + "; the header is "
                        + RawRecord.HEADER);
            } else if (seen.contains(name)) {
                tally.fileProblem(line, name, "the column appears more than once in the header");
            }
            seen.add(name);
        }
        for (String required : List.of("learner", "kind", "at")) {
            if (!seen.contains(required)) {
                tally.fileProblem(line, required, "the header has no '" + required + "' column; the header is "
                        + RawRecord.HEADER);
            }
        }
        header.replaceAll(String::strip);
        return tally.problems.size() == before;
    }

    private static void csvCell(RawRecord raw, String field, String cell) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return;
        }
        raw.firstOccurrence(field);
        switch (field) {
            case "score", "hours" -> {
                if (value.length() <= 64 && CSV_NUMBER.matcher(value).matches()) {
                    raw.put(field, Double.parseDouble(value));
                } else {
                    raw.problem(field, "must be a number");
                }
            }
            case "responses" -> csvResponses(raw, value);
            default -> raw.put(field, value);
        }
    }

    private static void csvResponses(RawRecord raw, String value) {
        int entry = 0;
        for (String part : value.split(";", -1)) {
            entry++;
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String vignette = eq < 0 ? "" : item.substring(0, eq).strip();
            String tier = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (vignette.isEmpty() || tier.isEmpty()) {
                raw.problem("responses", "entry " + entry + " is not vignette=tier (write v1=refer;v2=continue)");
                return;
            }
            if (!raw.addResponse(vignette, tier)) {
                raw.problem("responses", "more than one response to " + RecordChecker.quote(vignette));
                return;
            }
        }
        raw.putResponses();
    }

    private static long line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** {@return what went wrong in a parser's words of our own: no input text is repeated} */
    private String describe(JsonProcessingException e, boolean withLine) {
        JsonLocation where = e.getLocation() != null ? e.getLocation()
                : e.getProcessor() instanceof JsonParser p ? p.currentLocation() : null;
        String position = where == null ? "" : withLine
                ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"
                : " (column " + where.getColumnNr() + ")";
        if (e instanceof StreamConstraintsException) {
            String text = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("nesting")) {
                return "nested deeper than " + options.maxDepth() + " levels" + position;
            }
            if (text.contains("string")) {
                return "a string is longer than " + options.maxStringLength() + " characters" + position;
            }
            if (text.contains("number")) {
                return "a number has too many digits" + position;
            }
            return "a size limit is exceeded" + position;
        }
        if (e instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT).contains("end-of-input")) {
            return "malformed JSON: the " + (withLine ? "input" : "line") + " ends inside a value" + position;
        }
        return "malformed " + (e.getProcessor() instanceof CsvParser ? "CSV" : "JSON") + position;
    }

    /** Counts and collects while one file is read; confined to the reading thread. */
    static final class Tally {
        private final RecordChecker checker;
        private final Consumer<? super EvidenceRecord> consumer;
        private final List<EvidenceProblem> problems = new ArrayList<>();
        private final RecordChecker.Learners learners = new RecordChecker.Learners();
        private long accepted;
        private long rejected;

        Tally(RecordChecker checker, Consumer<? super EvidenceRecord> consumer) {
            this.checker = checker;
            this.consumer = consumer;
        }

        void take(RawRecord raw) {
            EvidenceRecord record = raw.isMalformed() ? null : checker.check(raw, learners);
            if (record == null) {
                reject(raw.problems);
            } else {
                accept(record);
            }
        }

        /** Counts a good record, already checked, and hands it on. */
        void accept(EvidenceRecord record) {
            accepted++;
            consumer.accept(record);
        }

        /** Counts a bad record with its problems. */
        void reject(List<EvidenceProblem> recordProblems) {
            problems.addAll(recordProblems);
            rejected++;
        }

        void fileProblem(long line, String message) {
            problems.add(new EvidenceProblem(line, null, message));
        }

        void fileProblem(long line, String field, String message) {
            problems.add(new EvidenceProblem(line, field, message));
        }

        EvidenceSummary summary() {
            return new EvidenceSummary(accepted + rejected, accepted, rejected, problems);
        }
    }
}
