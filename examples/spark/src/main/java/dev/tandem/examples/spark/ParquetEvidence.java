package dev.tandem.examples.spark;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.evidence.EvidenceCursor;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.StandardOpenOption;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Evidence as Parquet: the columns of the evidence CSV (FORMAT 6.1, with {@code topic} of 13.3), typed.
 *
 * <table>
 * <caption>The columns</caption>
 * <tr><th>column</th><th>Parquet type (as {@link #write} writes it)</th><th>also read</th></tr>
 * <tr><td>learner, kind</td><td>required string</td><td></td></tr>
 * <tr><td>assessment, module, by, topic</td><td>optional string</td><td></td></tr>
 * <tr><td>score, hours</td><td>optional double</td><td>any number, or a string as in CSV</td></tr>
 * <tr><td>responses</td><td>optional string {@code v1=refer;v2=continue}, as in CSV</td>
 *     <td>a map of strings</td></tr>
 * <tr><td>at</td><td>required timestamp (microseconds, UTC)</td><td>a date, or a string as in CSV</td></tr>
 * </table>
 *
 * <p>{@code learner}, {@code kind} and {@code at} must be there; a missing optional column reads as empty, and
 * other columns (such as a table's partition columns) are ignored. Each row is checked exactly as the same
 * row of a CSV file would be, and a bad row is reported with its row number in its file (from 1).
 */
public final class ParquetEvidence {

    /** The columns, in the order of {@link EvidenceItem#CSV_HEADER}. */
    public static final List<String> COLUMNS = List.of(EvidenceItem.CSV_HEADER.split(","));

    /** The columns a Parquet evidence file must have. */
    public static final List<String> REQUIRED = List.of("learner", "kind", "at");

    /** The schema {@link #write} writes. */
    public static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("learner")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("kind")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("assessment")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("module")
            .optional(PrimitiveTypeName.DOUBLE).named("score")
            .optional(PrimitiveTypeName.DOUBLE).named("hours")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("responses")
            .required(PrimitiveTypeName.INT64)
            .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named("at")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("by")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("topic")
            .named("evidence");

    private ParquetEvidence() {
    }

    /**
     * Reads Parquet evidence as items keyed by learner: each row as one CSV row under
     * {@link EvidenceItem#CSV_HEADER}, placed by its file and its row index in the file.
     *
     * @param context the Spark context
     * @param path    a Parquet file, or a directory or glob of them
     * @return the items
     * @throws IllegalArgumentException when a required column is missing
     */
    static JavaPairRDD<String, EvidenceItem> read(JavaSparkContext context, String path) {
        SparkSession session = SparkSession.builder().config(context.getConf()).getOrCreate();
        session.conf().set("spark.sql.datetime.java8API.enabled", "true");
        Dataset<Row> table = session.read().parquet(path);
        List<String> present = Arrays.asList(table.columns());
        for (String column : REQUIRED) {
            if (!present.contains(column)) {
                throw new IllegalArgumentException(path + ": the Parquet evidence has no '" + column
                        + "' column; its columns are " + String.join(", ", present));
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col("_metadata.file_path"));
        columns.add(functions.col("_metadata.row_index"));
        for (String column : COLUMNS) {
            columns.add(present.contains(column) ? functions.col("`" + column + "`") : functions.lit(null));
        }
        return table.select(columns.toArray(Column[]::new)).javaRDD().mapToPair(ParquetEvidence::item);
    }

    /** {@return a row (file, row index, then {@link #COLUMNS}) as a CSV row item keyed by its learner} */
    private static Tuple2<String, EvidenceItem> item(Row row) {
        String source = row.getString(0);
        long index = row.getLong(1);
        StringBuilder text = new StringBuilder(128);
        String learner = "";
        for (int i = 0; i < COLUMNS.size(); i++) {
            String cell = cell(row.get(i + 2));
            if (i == 0) {
                learner = cell.strip(); // as the CSV reader reads the learner
            } else {
                text.append(',');
            }
            text.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return new Tuple2<>(learner, EvidenceItem.record(source, index, index + 1, text.toString(), true));
    }

    /** {@return a value as the text of a CSV cell; null as empty} */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            StringJoiner responses = new StringJoiner(";");
            scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, v) -> responses.add(k + "=" + v));
            return responses.toString();
        }
        return value.toString(); // numbers, dates
    }

    /**
     * Converts an evidence file (JSON Lines, a JSON array or CSV, told from its extension as
     * {@code tandem evaluate} does) into one Parquet file of {@link #SCHEMA}, row for record, in file order.
     * Bad records are skipped and reported in the returned summary, as {@code --skip-invalid} does.
     *
     * @param curriculum the curriculum the evidence is checked against
     * @param evidence   the evidence file
     * @param parquet    the Parquet file to create (it must not exist)
     * @return the reading's summary, with the bad records' problems
     * @throws IOException              when a file cannot be read or written
     * @throws IllegalArgumentException when a record's instant has digits beyond microseconds, which a Parquet
     *                                  timestamp cannot hold (nothing is left behind)
     */
    public static EvidenceSummary write(Curriculum curriculum, Path evidence, Path parquet) throws IOException {
        Objects.requireNonNull(curriculum, "curriculum");
        SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
        boolean done = false;
        try (EvidenceCursor records = EvidenceReader.of(curriculum).open(evidence);
                ParquetWriter<Group> out = ExampleParquetWriter.builder(new NewFile(parquet))
                        .withType(SCHEMA)
                        .withCompressionCodec(CompressionCodecName.SNAPPY)
                        .build()) {
            long n = 0;
            while (records.hasNext()) {
                n++;
                out.write(row(rows.newGroup(), records.next(), n));
            }
            done = true;
            return records.summary();
        } finally {
            if (!done) {
                Files.deleteIfExists(parquet);
            }
        }
    }

    private static Group row(Group row, EvidenceRecord record, long n) {
        row.append("learner", record.learner().value());
        if (record instanceof EvidenceRecord.Attempt a) {
            row.append("kind", "attempt").append("assessment", a.assessment().value());
            if (a.score() != null) {
                row.append("score", a.score());
            }
            if (!a.responses().isEmpty()) {
                StringJoiner responses = new StringJoiner(";");
                a.responses().forEach((v, t) -> responses.add(v.value() + "=" + t.value()));
                row.append("responses", responses.toString());
            }
        } else if (record instanceof EvidenceRecord.Completion c) {
            row.append("kind", "completion").append("module", c.module().value());
        } else if (record instanceof EvidenceRecord.Practice p) {
            row.append("kind", "practice").append("hours", p.hours());
        } else {
            EvidenceRecord.Education e = (EvidenceRecord.Education) record;
            row.append("kind", "education").append("hours", e.hours());
            if (e.topic() != null) {
                row.append("topic", e.topic().value());
            }
        }
        Instant at = record.at();
        if (at.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("record " + n + ": its instant has digits beyond microseconds, which "
                    + "a Parquet timestamp cannot hold");
        }
        row.append("at", ChronoUnit.MICROS.between(Instant.EPOCH, at));
        if (record.by() != null) {
            row.append("by", record.by());
        }
        return row;
    }

    /** A new local file for Parquet's writer (without Hadoop's file system and its checksum files). */
    private record NewFile(Path path) implements OutputFile {

        @Override
        public PositionOutputStream create(long blockSizeHint) throws IOException {
            OutputStream out = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16);
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.close();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
            throw new IOException(path + " exists");
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
