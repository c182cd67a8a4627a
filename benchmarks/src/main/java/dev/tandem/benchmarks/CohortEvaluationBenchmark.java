package dev.tandem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.io.progress.ProgressFormat;
import dev.tandem.io.progress.ProgressWriter;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1: evaluating a cohort end to end (read and check the JSON Lines evidence, group it by learner,
 * evaluate every learner, write the FORMAT section 9 JSON to a null sink) against the baseline of Jackson's
 * streaming parser reading the same file and touching every field. Target: at most 1.5x the raw parse, above
 * 1 M records/s. One operation is the whole file (1,000,000 records over 100,000 learners by default).
 *
 * <p>Two further benchmarks split the end-to-end figure: reading and checking the evidence alone (records
 * to a counting consumer), and evaluating and writing an already grouped cohort.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CohortEvaluationBenchmark {

    /** The evaluation instant: after every generated record. */
    static final Instant AS_OF = Instant.parse("2029-01-01T00:00:00Z");

    /** The number of learners. */
    @Param({"100000"})
    public int learners;

    /** Records per learner. */
    @Param({"10"})
    public int recordsPerLearner;

    /** The threads that read, evaluate and write ({@code --threads}); the baselines ignore it. */
    @Param({"1", "2"})
    public int threads;

    private Curriculum curriculum;
    private Evaluator evaluator;
    private EvidenceReader reader;
    private Path file;
    private Cohort grouped;
    private final JsonFactory json = new JsonFactory();

    /**
     * Reads the curriculum, generates (or reuses) the evidence file and groups it once.
     *
     * @throws IOException when the evidence file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        curriculum = CohortFiles.communityCurriculum();
        evaluator = Evaluator.of(curriculum);
        reader = EvidenceReader.of(curriculum).withThreads(threads);
        file = CohortFiles.jsonl(curriculum, learners, recordsPerLearner);
        Cohort.Builder cohort = evaluator.cohort();
        reader.read(file, cohort::add);
        grouped = cohort.build();
    }

    /** {@return the number of learners written} @throws IOException when the file cannot be read */
    @Benchmark
    public long evaluateEndToEnd() throws IOException {
        return evaluate(reader, evaluator, curriculum, file, OutputStream.nullOutputStream(), threads);
    }

    /** {@return the number of records read and checked} @throws IOException when the file cannot be read */
    @Benchmark
    public long readEvidenceOnly() throws IOException {
        long[] count = {0};
        reader.read(file, record -> count[0]++);
        return count[0];
    }

    /** {@return the number of learners written} @throws IOException never (the sink discards) */
    @Benchmark
    public long evaluateAndWriteOnly() throws IOException {
        return write(grouped, curriculum, OutputStream.nullOutputStream(), threads);
    }

    /**
     * {@return the number of tokens copied}: the I/O floor of {@link IoFloor}, Jackson parsing the file from its
     * bytes and writing every token back out
     *
     * @throws IOException on read errors
     */
    @Benchmark
    public long ioFloorBaseline() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return IoFloor.copy(in, OutputStream.nullOutputStream());
        }
    }

    /** {@return a checksum over every field name and value of the file} @throws IOException on read errors */
    @Benchmark
    public long rawParseBaseline() throws IOException {
        long checksum = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME, VALUE_STRING -> checksum += p.getText().length();
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> checksum += (long) p.getDoubleValue();
                    case VALUE_TRUE -> checksum++;
                    default -> {
                    }
                }
            }
        }
        return checksum;
    }

    /**
     * Evaluates a cohort file end to end, the way {@code tandem evaluate --format json} does.
     *
     * @param reader     the evidence reader
     * @param evaluator  the evaluator
     * @param curriculum the curriculum
     * @param file       the evidence
     * @param sink       where the JSON goes
     * @param threads    the threads that evaluate and write (the reader has its own setting)
     * @return the number of learners written
     * @throws IOException when reading or writing fails
     */
    static long evaluate(EvidenceReader reader, Evaluator evaluator, Curriculum curriculum, Path file,
            OutputStream sink, int threads) throws IOException {
        Cohort.Builder cohort = evaluator.cohort();
        EvidenceSummary summary = reader.read(file, cohort::add);
        if (!summary.isClean()) {
            throw new IllegalStateException("Generated evidence has problems: " + summary.problems());
        }
        return write(cohort.build(), curriculum, sink, threads);
    }

    private static long write(Cohort built, Curriculum curriculum, OutputStream sink, int threads)
            throws IOException {
        long[] written = {0};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16);
                ProgressWriter writer = ProgressWriter.open(ProgressFormat.JSON, out, curriculum, AS_OF)) {
            writer.writeAll(built, threads, p -> written[0]++);
        }
        return written[0];
    }
}
