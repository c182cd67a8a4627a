package dev.tandem.io.generate;

import dev.tandem.assessment.VignetteId;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.internal.Instants;
import dev.tandem.io.internal.JsonText;
import dev.tandem.internal.Texts;
import dev.tandem.internal.EnumIds;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A writer of evidence records in the forms of FORMAT section 6.1: JSON Lines (one object per line, fields
 * in the order {@code learner, kind, assessment, module, score, hours, responses, at, by}, absent fields left
 * out) or CSV with the header {@code learner,kind,assessment,module,score,hours,responses,at,by}.
 *
 * <p>Numbers are written as integers when they are whole ({@code 9}, not {@code 9.0}); instants as UTC
 * instants ({@code 2026-03-02T14:00:00Z}). The output is a pure function of the records written, so equal
 * records give equal bytes. Not thread-safe; closing it closes the underlying writer.
 */
public final class EvidenceWriter implements Flushable, Closeable {

    /** The CSV header line of FORMAT section 6.1. */
    public static final String CSV_HEADER = "learner,kind,assessment,module,score,hours,responses,at,by";

    /** The CSV header with the trailing {@code topic} column of FORMAT 13.3, for education records. */
    public static final String CSV_HEADER_WITH_TOPIC = CSV_HEADER + ",topic";

    /** The file forms this writer produces. */
    public enum Format {
        /** JSON Lines: one JSON object per line. */
        JSONL("jsonl"),
        /** CSV with the header of FORMAT section 6.1. */
        CSV("csv");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        /** {@return the name used on the command line: {@code jsonl} or {@code csv}} */
        public String id() {
            return id;
        }

        /**
         * {@return the format with that name, ignoring case}
         *
         * @param id {@code jsonl} or {@code csv}
         * @throws IllegalArgumentException for any other name
         */
        public static Format fromId(String id) {
            Objects.requireNonNull(id, "id");
            return EnumIds.fromId(values(), Format::id, id.toLowerCase(Locale.ROOT)).orElseThrow(
                    () -> new IllegalArgumentException("Invalid evidence format (valid values jsonl, csv): " + id));
        }
    }

    private final Format format;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(160);
    private final boolean topicColumn;

    private EvidenceWriter(Format format, Writer out, boolean topicColumn) {
        this.format = format;
        this.out = out;
        this.topicColumn = topicColumn;
    }

    /**
     * Creates a writer; for CSV, the header line is written at once.
     *
     * @param format the form to write
     * @param out    where to write (not buffered here: pass a buffered writer for files)
     * @return the writer
     * @throws IOException when the header cannot be written
     */
    public static EvidenceWriter of(Format format, Writer out) throws IOException {
        return of(format, out, false);
    }

    /**
     * Creates a writer; for CSV, the header line is written at once, with the trailing {@code topic} column
     * when asked (FORMAT 13.3: needed for education records with a topic).
     *
     * @param format      the form to write
     * @param out         where to write (not buffered here: pass a buffered writer for files)
     * @param topicColumn whether CSV rows end with a {@code topic} cell (ignored for JSON Lines)
     * @return the writer
     * @throws IOException when the header cannot be written
     */
    public static EvidenceWriter of(Format format, Writer out, boolean topicColumn) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        EvidenceWriter writer = new EvidenceWriter(format, out, topicColumn);
        if (format == Format.CSV) {
            out.write(topicColumn ? CSV_HEADER_WITH_TOPIC : CSV_HEADER);
            out.write('\n');
        }
        return writer;
    }

    /** {@return the form this writer produces} */
    public Format format() {
        return format;
    }

    /**
     * Writes one record as one line.
     *
     * @param record the record
     * @throws IOException when writing fails
     */
    public void write(EvidenceRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        line.setLength(0);
        if (format == Format.JSONL) {
            appendJson(record);
        } else {
            appendCsv(record);
        }
        line.append('\n');
        out.append(line);
    }

    /**
     * {@return the record as it would be written, without the line end}
     *
     * @param format the form
     * @param record the record
     */
    public static String format(Format format, EvidenceRecord record) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(record, "record");
        EvidenceWriter writer = new EvidenceWriter(format, Writer.nullWriter(),
                record instanceof EvidenceRecord.Education e && e.topic() != null);
        if (format == Format.JSONL) {
            writer.appendJson(record);
        } else {
            writer.appendCsv(record);
        }
        return writer.line.toString();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void appendJson(EvidenceRecord record) {
        line.append('{');
        stringField("learner", record.learner().value());
        if (record instanceof EvidenceRecord.Attempt a) {
            line.append(',');
            stringField("kind", "attempt");
            line.append(',');
            stringField("assessment", a.assessment().value());
            if (a.score() != null) {
                line.append(',');
                jsonField("score");
                appendNumber(a.score());
            }
            if (!a.responses().isEmpty()) {
                line.append(',');
                jsonField("responses").append('{');
                boolean first = true;
                for (Map.Entry<VignetteId, TierId> e : a.responses().entrySet()) {
                    if (!first) {
                        line.append(',');
                    }
                    first = false;
                    stringField(e.getKey().value(), e.getValue().value());
                }
                line.append('}');
            }
        } else if (record instanceof EvidenceRecord.Completion c) {
            line.append(',');
            stringField("kind", "completion");
            line.append(',');
            stringField("module", c.module().value());
        } else if (record instanceof EvidenceRecord.Practice p) {
            line.append(',');
            stringField("kind", "practice");
            line.append(',');
            jsonField("hours");
            appendNumber(p.hours());
        } else {
            EvidenceRecord.Education e = (EvidenceRecord.Education) record;
            line.append(',');
            stringField("kind", "education");
            line.append(',');
            jsonField("hours");
            appendNumber(e.hours());
            if (e.topic() != null) {
                line.append(',');
                stringField("topic", e.topic().value());
            }
        }
        line.append(',');
        stringField("at", Instants.text(record.at()));
        if (record.by() != null) {
            line.append(',');
            stringField("by", record.by());
        }
        line.append('}');
    }

    private void stringField(String name, String value) {
        jsonField(name);
        jsonString(value);
    }

    private StringBuilder jsonField(String name) {
        jsonString(name);
        return line.append(':');
    }

    private StringBuilder jsonString(String s) {
        return JsonText.appendQuoted(line, s);
    }

    private void appendCsv(EvidenceRecord record) {
        csvCell(record.learner().value()).append(',');
        if (record instanceof EvidenceRecord.Attempt a) {
            line.append("attempt,");
            csvCell(a.assessment().value()).append(",,");
            if (a.score() != null) {
                appendNumber(a.score());
            }
            line.append(",,");
            if (!a.responses().isEmpty()) {
                StringBuilder responses = new StringBuilder();
                a.responses().forEach((v, t) -> {
                    if (responses.length() > 0) {
                        responses.append(';');
                    }
                    responses.append(v.value()).append('=').append(t.value());
                });
                csvCell(responses.toString());
            }
        } else if (record instanceof EvidenceRecord.Completion c) {
            line.append("completion,,");
            csvCell(c.module().value()).append(",,,");
        } else {
            line.append(record instanceof EvidenceRecord.Practice ? "practice,,,," : "education,,,,");
            appendNumber(record instanceof EvidenceRecord.Practice p ? p.hours()
                    : ((EvidenceRecord.Education) record).hours());
            line.append(',');
        }
        line.append(',').append(Instants.text(record.at())).append(',');
        if (record.by() != null) {
            csvCell(record.by());
        }
        boolean topic = record instanceof EvidenceRecord.Education e && e.topic() != null;
        if (topic && !topicColumn) {
            throw new IllegalArgumentException("An education record with a topic needs the CSV topic column: "
                    + "create the writer with it");
        }
        if (topicColumn) {
            line.append(',');
            if (topic) {
                csvCell(((EvidenceRecord.Education) record).topic().value());
            }
        }
    }

    private StringBuilder csvCell(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote && !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            quote = true;
        }
        if (quote) {
            line.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            line.append(s);
        }
        return line;
    }

    private void appendNumber(double value) {
        line.append(Texts.number(value));
    }
}
