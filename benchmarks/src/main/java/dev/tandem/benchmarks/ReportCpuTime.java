package dev.tandem.benchmarks;

import dev.tandem.analytics.CohortEvidence;
import dev.tandem.analytics.CohortReport;
import dev.tandem.analytics.ReportOptions;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.progress.CertificationResult;
import dev.tandem.progress.Evaluator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * The CPU time of the benchmark thread for the two methods of {@link CohortReportBenchmark}, called in turn in
 * one JVM: a figure that a busy shared machine disturbs much less than wall-clock time. Prints, per
 * evaluation instant, the certified learners and the median CPU milliseconds of evaluating every learner and
 * of the whole report over a number of rounds after warm-up rounds.
 *
 * <p>{@code java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar dev.tandem.benchmarks.ReportCpuTime
 * [ROUNDS]}
 */
public final class ReportCpuTime {

    private ReportCpuTime() {
    }

    /**
     * Runs the measure.
     *
     * @param args optionally the number of measured rounds (default 5; as many warm-up rounds go first)
     * @throws IOException when the evidence file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Curriculum curriculum = CohortFiles.communityCurriculum();
        Path file = CohortFiles.jsonl(curriculum, 30_000, 30);
        CohortEvidence.Builder grouped = CohortEvidence.builder(Evaluator.of(curriculum));
        EvidenceReader.of(curriculum).read(file, grouped::add);
        CohortEvidence evidence = grouped.build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String asOf : new String[] {"2027-01-01T00:00:00Z"}) {
            Instant t = Instant.parse(asOf);
            long certified = 0;
            long[] evaluate = new long[rounds];
            long[] report = new long[rounds];
            for (int r = -rounds; r < rounds; r++) {
                long start = threads.getCurrentThreadCpuTime();
                certified = evidence.cohort().evaluate(t)
                        .filter(p -> p.certification().map(CertificationResult::certified).orElse(false)).count();
                long middle = threads.getCurrentThreadCpuTime();
                CohortReport.of(evidence, ReportOptions.at(t));
                long end = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    evaluate[r] = middle - start;
                    report[r] = end - middle;
                }
            }
            System.out.printf("asOf %s: %d of %d learners certified; CPU ms, median of %d: evaluate %d, report %d%n",
                    asOf, certified, evidence.size(), rounds, median(evaluate), median(report));
        }
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }
}
