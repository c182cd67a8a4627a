package dev.tandem.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.xapi.XapiReader;
import dev.tandem.io.xapi.XapiSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 7: reading a generated LRS export of 1,000,000 xAPI statements ({@link XapiExportFiles}) into
 * evidence records with {@link XapiReader} (finding statements by content, de-duplication, voiding, scores,
 * identities), against the baseline of Jackson's streaming parser over the same file, touching every token.
 * Target: within 3x the baseline.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class XapiReadBenchmark {

    /** The number of evidence statements generated (re-sends and voidings come on top). */
    public static final int STATEMENTS = 1_000_000;

    private Path file;
    private XapiReader reader;
    private final JsonFactory factory = new JsonFactory();

    /** Generates (or reuses) the export and checks that it reads without errors. */
    @Setup
    public void setUp() {
        Curriculum curriculum = CohortFiles.communityCurriculum();
        file = XapiExportFiles.export(curriculum, STATEMENTS);
        reader = XapiReader.of(curriculum, XapiExportFiles.map(curriculum));
        XapiSummary summary = reader.read(file, r -> { });
        if (summary.hasErrors() || summary.accepted() < STATEMENTS * 9L / 10) {
            throw new IllegalStateException("The generated export does not read cleanly: " + summary.accepted()
                    + " used, first problems " + summary.problems().stream().limit(3).toList());
        }
    }

    /** {@return the summary of reading the export, every record handed to a black hole} @param bh the sink */
    @Benchmark
    public XapiSummary readStatements(Blackhole bh) {
        return reader.read(file, bh::consume);
    }

    /**
     * {@return the number of tokens of the export, read with Jackson's streaming parser, touching every field
     * name and value}
     *
     * @param bh the sink
     * @throws IOException when the file cannot be read
     */
    @Benchmark
    public long rawParseBaseline(Blackhole bh) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                tokens++;
                if (t == JsonToken.FIELD_NAME) {
                    bh.consume(p.currentName());
                } else if (t == JsonToken.VALUE_STRING) {
                    bh.consume(p.getText());
                } else if (t.isNumeric()) {
                    bh.consume(p.getDoubleValue());
                }
            }
        }
        return tokens;
    }
}
