package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.io.ReadOptions;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.Cohort;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of evidence reading and evaluation against the community example curriculum: any
 * bytes give counted records and problems with their lines, never an exception, and every accepted record is
 * evaluated without failure and accounted for.
 *
 * <p>Plain {@code mvn test} runs the method on the committed inputs under
 * {@code src/test/resources/dev/tandem/io/hostile/EvaluatorFuzzTestInputs/} (regression mode); with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them (see docs/security.md).
 */
class EvaluatorFuzzTest {

    private static final Curriculum CURRICULUM = Examples.curriculum("community");
    private static final Evaluator EVALUATOR = Evaluator.of(CURRICULUM);
    private static final EvidenceReader READER =
            EvidenceReader.of(CURRICULUM, ReadOptions.defaults().withMaxStringLength(64 * 1024));
    private static final Instant AS_OF = Instant.parse("2027-01-01T00:00:00Z");

    @FuzzTest(maxDuration = "10m")
    void anyEvidenceIsReadCountedAndEvaluated(byte[] input) throws IOException {
        List<EvidenceRecord> records = new ArrayList<>();
        EvidenceSummary summary = READER.read(new ByteArrayInputStream(input), records::add);

        long lines = countLines(input);
        assertThat(summary.accepted()).isEqualTo(records.size());
        assertThat(summary.problems()).hasSizeGreaterThanOrEqualTo((int) summary.rejected());
        assertThat(summary.problems()).allSatisfy(p -> isWellFormed(p, lines));

        Cohort cohort = EVALUATOR.cohort(records);
        List<LearnerProgress> progress = cohort.evaluate(AS_OF).toList();
        long afterAsOf = records.stream().filter(r -> r.at().isAfter(AS_OF)).count();
        assertThat(progress.stream().mapToLong(LearnerProgress::recordCount).sum() + afterAsOf)
                .isEqualTo(records.size());
        for (LearnerProgress p : progress) {
            assertThat(p.competencies()).hasSameSizeAs(CURRICULUM.competencies());
            assertThat(p.modules()).hasSameSizeAs(CURRICULUM.modules());
            assertThat(p.warnings()).allSatisfy(w -> assertThat(w.code()).isEqualTo(LearnerWarning.IGNORED_ATTEMPT));
        }
    }

    private static void isWellFormed(EvidenceProblem problem, long lines) {
        assertThat(problem.line()).isBetween(1L, lines);
        assertThat(problem.message()).isNotBlank();
    }

    /** {@return an upper bound of the lines as any parser numbers them: one more than the CR and LF bytes} */
    private static long countLines(byte[] input) {
        long n = 1;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                n++;
            }
        }
        return n;
    }
}
