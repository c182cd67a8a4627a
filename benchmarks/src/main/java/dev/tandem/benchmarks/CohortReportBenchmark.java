package dev.tandem.benchmarks;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
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
 * The cohort report of a generated community cohort (30,000 learners with 30 records each, 900,000 records,
 * grouped for reporting beforehand): {@code reportOnly} computes the whole report, time to certification
 * included; its baseline {@code evaluateOnlyBaseline} evaluates
 * every learner of the same cohort at the same instant and does nothing else, so the ratio is the report's cost
 * beyond evaluation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class CohortReportBenchmark {

    /** The number of learners. */
    @Param({"30000"})
    public int learners;

    /** Records per learner: 30 certify about two learners in three by 2027 (10 certify none). */
    @Param({"30"})
    public int recordsPerLearner;

    /** The evaluation instant: two thirds of the learners are certified then. */
    @Param({"2027-01-01T00:00:00Z"})
    public String asOf;

    private Instant instant;
    private CohortEvidence evidence;

    /**
     * Reads the curriculum, generates (or reuses) the evidence file and groups it for reporting once.
     *
     * @throws IOException when the evidence file cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Curriculum curriculum = CohortFiles.communityCurriculum();
        Path file = CohortFiles.jsonl(curriculum, learners, recordsPerLearner);
        CohortEvidence.Builder grouped = CohortEvidence.builder(Evaluator.of(curriculum));
        EvidenceReader.of(curriculum).read(file, grouped::add);
        evidence = grouped.build();
        instant = Instant.parse(asOf);
    }

    /** {@return the learners the report counts} */
    @Benchmark
    public int reportOnly() {
        return CohortReport.of(evidence, ReportOptions.at(instant)).learners();
    }

    /** {@return the learners certified at the instant} */
    @Benchmark
    public long evaluateOnlyBaseline() {
        return evidence.cohort().evaluate(instant)
                .filter(p -> p.certification().map(CertificationResult::certified).orElse(false)).count();
    }
}
