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
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final int DETECTION_WINDOW = 8192;
    /** The most cells kept of one CSV row (a header has at most 9 meaningful ones). */
    private static final int MAX_CELLS = 64;
    private static final Pattern CSV_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private final RecordChecker checker;
    private final ReadOptions options;
    private final JsonFactory json;
    private final CsvFactory csv;

    private EvidenceReader(Curriculum curriculum, ReadOptions options) {
        this.checker = new RecordChecker(Objects.requireNonNull(curriculum, "curriculum"));
        this.options = Objects.requireNonNull(options, "options");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(options.maxDepth())
                .maxStringLength(options.maxStringLength())
                .build();
        this.json = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        this.csv = CsvFactory.builder().streamReadConstraints(constraints)
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
            return format == null ? read(in, consumer) : read(in, format, consumer);
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
        BufferedReader reader = new BufferedReader(utf8(in), DETECTION_WINDOW);
        return read(reader, detect(reader), consumer);
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
        return read(utf8(in), format, consumer);
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
            return read(new StringReader(text), format, consumer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    private EvidenceSummary read(Reader reader, EvidenceFormat format, Consumer<? super EvidenceRecord> consumer)
            throws IOException {
        Tally tally = new Tally(checker, consumer);
        switch (format) {
            case JSON_LINES -> readLines(reader, tally);
            case JSON_ARRAY -> readArray(reader, tally);
            case CSV -> readCsv(reader, tally);
            default -> throw new AssertionError(format);
        }
        return tally.summary();
    }

    private static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"));
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8);
    }

    private static EvidenceFormat detect(BufferedReader reader) throws IOException {
        reader.mark(DETECTION_WINDOW);
        int c;
        int n = 0;
        do {
            c = reader.read();
            n++;
        } while (c >= 0 && Character.isWhitespace(c) && n < DETECTION_WINDOW - 1);
        reader.reset();
        return EvidenceFormat.fromFirstCharacter(Character.isWhitespace(c) ? -1 : c);
    }

    private void readLines(Reader reader, Tally tally) throws IOException {
        LineSource lines = new LineSource(reader, options.maxStringLength());
        RawRecord raw = new RawRecord(0);
        while (lines.next()) {
            if (lines.isBlank() && !lines.tooLong()) {
                continue;
            }
            raw.reset(lines.lineNumber());
            if (lines.tooLong()) {
                raw.malformed("the line is longer than " + options.maxStringLength() + " characters");
            } else {
                readLine(lines.chars(), lines.length(), raw);
            }
            tally.take(raw);
        }
    }

    private void readLine(char[] line, int length, RawRecord raw) throws IOException {
        try (JsonParser p = json.createParser(line, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                raw.malformed("not a JSON object: each line holds one record {...}");
                return;
            }
            JsonFields.read(p, raw);
            if (p.nextToken() != null) {
                raw.malformed("more than one JSON value on the line: each line holds one record");
            }
        } catch (JsonProcessingException e) {
            raw.malformed(describe(e, false));
        }
    }

    private void readArray(Reader reader, Tally tally) throws IOException {
        try (JsonParser p = json.createParser(reader)) {
            readArray(p, tally);
        }
    }

    private void readArray(JsonParser p, Tally tally) throws IOException {
        RawRecord current = null;
        try {
            JsonToken first = p.nextToken();
            if (first == null) {
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                tally.fileProblem(line(p.currentTokenLocation()), "a .json evidence file holds one JSON array of "
                        + "records [{...}, {...}] (use .jsonl for one record per line)");
                return;
            }
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    tally.fileProblem(line(p.currentLocation()), "the array is not closed: the file ends before ]");
                    return;
                }
                current = new RawRecord(line(p.currentTokenLocation()));
                if (token == JsonToken.START_OBJECT) {
                    JsonFields.read(p, current);
                } else {
                    current.malformed("not a JSON object: the array holds records {...}");
                    p.skipChildren();
                }
                tally.take(current);
                current = null;
            }
            if (p.nextToken() != null) {
                tally.fileProblem(line(p.currentTokenLocation()), "unexpected content after the array");
            }
        } catch (JsonProcessingException e) {
            String message = describe(e, true) + "; the rest of the file cannot be read";
            if (current != null) {
                current.malformed(message);
                tally.take(current);
            } else {
                tally.fileProblem(line(e.getLocation() != null ? e.getLocation() : p.currentLocation()), message);
            }
        }
    }

    private void readCsv(Reader reader, Tally tally) throws IOException {
        try (CsvParser p = csv.createParser(reader)) {
            readCsv(p, tally);
        }
    }

    private void readCsv(CsvParser p, Tally tally) throws IOException {
        RawRecord current = null;
        try {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            Row headerRow = row(p);
            List<String> header = headerRow.cells();
            long headerLine = headerRow.line();
            if (!headerIsValid(header, headerLine, tally)) {
                return;
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                Row row = row(p);
                List<String> cells = row.cells();
                current = new RawRecord(row.line());
                if (row.count() > header.size()) {
                    current.malformed("the row has " + row.count() + " cells; the header has " + header.size());
                }
                for (int i = 0; i < Math.min(cells.size(), header.size()); i++) {
                    csvCell(current, header.get(i), cells.get(i));
                }
                tally.take(current);
                current = null;
            }
        } catch (JsonProcessingException e) {
            String message = describe(e, true) + "; the rest of the file cannot be read";
            if (current != null) {
                current.malformed(message);
                tally.take(current);
            } else {
                tally.fileProblem(line(e.getLocation() != null ? e.getLocation() : p.currentLocation()), message);
            }
        }
    }

    /**
     * One CSV row: the line of its first cell (the row's own line), its first cells (at most
     * {@link #MAX_CELLS}) and how many cells it has.
     */
    private record Row(long line, List<String> cells, long count) {
    }

    private static Row row(CsvParser p) throws IOException {
        List<String> cells = new ArrayList<>();
        long line = line(p.currentTokenLocation());
        long count = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
            if (count == 0) {
                line = line(p.currentTokenLocation());
            }
            if (count++ < MAX_CELLS) {
                cells.add(p.getText());
            }
        }
        return new Row(line, cells, count);
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
        Map<String, String> responses = new LinkedHashMap<>();
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
            if (responses.putIfAbsent(vignette, tier) != null) {
                raw.problem("responses", "more than one response to " + RecordChecker.quote(vignette));
                return;
            }
        }
        raw.put("responses", responses);
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
    private static final class Tally {
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
                problems.addAll(raw.problems);
                rejected++;
            } else {
                accepted++;
                consumer.accept(record);
            }
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
