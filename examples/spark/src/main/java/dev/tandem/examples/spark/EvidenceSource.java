package dev.tandem.examples.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.CurriculumReader;
import dev.tandem.io.DocumentFormat;
import dev.tandem.io.evidence.EvidenceCursor;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.generate.EvidenceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The evidence formats the Spark job reads, each turned into {@link EvidenceItem}s keyed by learner.
 *
 * <ul>
 * <li>{@link #JSON_LINES}: Spark splits the file at line ends and reads the splits in parallel; each line is
 * keyed by its top-level {@code learner} field and checked later, in its learner's group, by Tandem's reader,
 * with its line in the file.</li>
 * <li>{@link #CSV}: a row may hold line breaks inside quotes, so a CSV file cannot be split at line ends. Each
 * file is read whole, in one task, by Tandem's own {@link EvidenceReader} (header in any column order, rows with
 * quoted line breaks, every problem with its line, exactly as {@code tandem evaluate} reports it); each good
 * record travels on as one JSON Lines line. Several files (a directory or a glob) are read in parallel.</li>
 * <li>{@link #PARQUET}: read with Spark's Parquet source, in parallel; each row travels on as one CSV row
 * under {@link EvidenceItem#CSV_HEADER} and is checked in its learner's group by Tandem's reader, exactly as a
 * CSV row would be, with its row number in its file. The columns: {@link ParquetEvidence}.</li>
 * </ul>
 */
public enum EvidenceSource {
    /** JSON Lines: one record per line (FORMAT 6.1). */
    JSON_LINES("jsonl"),
    /** CSV with the header of FORMAT 6.1 (columns in any order). */
    CSV("csv"),
    /** Parquet with the CSV's columns, typed: see {@link ParquetEvidence}. */
    PARQUET("parquet");

    private final String id;

    EvidenceSource(String id) {
        this.id = id;
    }

    /** {@return the name on the command line: {@code jsonl}, {@code csv} or {@code parquet}} */
    public String id() {
        return id;
    }

    /**
     * {@return the format with that name, if any}
     *
     * @param id {@code jsonl}, {@code csv} or {@code parquet}
     */
    public static Optional<EvidenceSource> fromId(String id) {
        for (EvidenceSource source : values()) {
            if (source.id.equals(id)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the format a path's extension names: {@code .jsonl} and {@code .ndjson} JSON Lines, {@code .csv}
     * CSV, {@code .parquet} Parquet; empty for any other name}
     *
     * @param path a file name or path (a trailing {@code /} is ignored)
     */
    public static Optional<EvidenceSource> fromFileName(String path) {
        String name = Objects.requireNonNull(path, "path").replaceAll("/+$", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        // the command line's own rule for the other extensions; a JSON array is not read here
        return EvidenceFormat.fromFileName(name).flatMap(format -> switch (format) {
            case JSON_LINES -> Optional.of(EvidenceSource.JSON_LINES);
            case CSV -> Optional.of(EvidenceSource.CSV);
            case JSON_ARRAY -> Optional.empty();
        });
    }

    /**
     * Reads the evidence as items keyed by learner (the empty key for problems and for records without a
     * readable learner). Nothing is read until an action runs.
     *
     * @param context        the Spark context
     * @param path           the evidence: a file (JSON Lines, CSV, Parquet), or a directory or glob of files
     *                       (CSV, Parquet), as Spark and Hadoop name them
     * @param curriculum     the curriculum document, for CSV (whose records are checked as they are read)
     * @param format         its format
     * @param minPartitions  the fewest input partitions to ask for (JSON Lines)
     * @return the items, keyed by learner
     */
    public JavaPairRDD<String, EvidenceItem> read(JavaSparkContext context, String path, Broadcast<String> curriculum,
            DocumentFormat format, int minPartitions) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(path, "path");
        return switch (this) {
            case JSON_LINES -> context.textFile(path, minPartitions).zipWithIndex()
                    .mapToPair(line -> new Tuple2<>(learnerOf(line._1()),
                            EvidenceItem.record(path, line._2(), line._2() + 1, line._1(), false)));
            case CSV -> context.binaryFiles(path, minPartitions).mapPartitionsToPair(files -> {
                Curriculum c = CurriculumReader.create().read(curriculum.value(), format).orElseThrow();
                EvidenceReader reader = EvidenceReader.of(c);
                return new FlatIterator<>(files, file -> new CsvFile(reader, file._1(), file._2()));
            });
            case PARQUET -> ParquetEvidence.read(context, path);
        };
    }

    /**
     * {@return the learner a JSON Lines record names, or the empty string when the line has no string
     * {@code learner} field at its top level (the reader then reports what is wrong)}
     *
     * @param line one line of JSON Lines evidence
     */
    static String learnerOf(String line) {
        try (JsonParser parser = Json.FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("learner".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : "";
                }
                parser.skipChildren();
            }
            return "";
        } catch (IOException e) {
            return ""; // malformed JSON: the reader reports it
        }
    }

    /** The JSON factory of a JVM, never serialized into a closure. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /**
     * One CSV file read by Tandem's reader: its good records as JSON Lines items (keyed by learner, in file
     * order), then its problems (with the empty key). Closes the file at its end.
     */
    private static final class CsvFile implements Iterator<Tuple2<String, EvidenceItem>> {
        private final String source;
        private final InputStream in;
        private final EvidenceCursor cursor;
        private Iterator<EvidenceProblem> problems;
        private long position;

        CsvFile(EvidenceReader reader, String source, PortableDataStream file) {
            this.source = source;
            this.in = file.open();
            try {
                this.cursor = reader.open(in, EvidenceFormat.CSV);
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(source + ": cannot read", e);
            }
        }

        @Override
        public boolean hasNext() {
            if (problems == null) {
                if (cursor.hasNext()) {
                    return true;
                }
                problems = cursor.summary().problems().iterator();
                close();
            }
            return problems.hasNext();
        }

        @Override
        public Tuple2<String, EvidenceItem> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (problems == null) {
                EvidenceRecord record = cursor.next();
                String line = EvidenceWriter.format(EvidenceWriter.Format.JSONL, record);
                return new Tuple2<>(record.learner().value(), EvidenceItem.record(source, position++, 0, line, false));
            }
            EvidenceProblem p = problems.next();
            return new Tuple2<>("", EvidenceItem.problem(new LineProblem(source, "line", Math.max(1, p.line()),
                    p.field(), p.message())));
        }

        private void close() {
            try {
                if (cursor != null) {
                    cursor.close();
                }
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(source + ": cannot close", e);
            }
        }
    }

    /** The items of each element in turn. */
    private static final class FlatIterator<T, R> implements Iterator<R> {
        private final Iterator<T> elements;
        private final java.util.function.Function<T, Iterator<R>> expand;
        private Iterator<R> current = java.util.Collections.emptyIterator();

        FlatIterator(Iterator<T> elements, java.util.function.Function<T, Iterator<R>> expand) {
            this.elements = elements;
            this.expand = expand;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && elements.hasNext()) {
                current = expand.apply(elements.next());
            }
            return current.hasNext();
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
