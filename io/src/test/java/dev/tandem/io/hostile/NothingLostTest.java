package dev.tandem.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.curriculum.Curriculum;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.io.evidence.EvidenceFormat;
import dev.tandem.io.evidence.EvidenceProblem;
import dev.tandem.io.evidence.EvidenceReader;
import dev.tandem.io.evidence.EvidenceSummary;
import dev.tandem.progress.Evaluator;
import dev.tandem.progress.LearnerProgress;
import dev.tandem.progress.LearnerWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every evidence record is accounted for: records in = records used + records reported, where reported means
 * rejected with a problem on its own line or ignored with a warning (FORMAT 6.1, 6.2).
 */
class NothingLostTest {

    private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
    private static final LearnerId RETRIER = LearnerId.of("L-090");

    private final Curriculum curriculum = Examples.curriculum("community");

    /** The community evidence, with every fifth line mutated, then five failed exam attempts of a new learner. */
    static String mutatedEvidenceWithIgnoredAttempts(long seed) {
        List<String> lines = new ArrayList<>(Examples.text(Examples.evidenceFile("community")).lines().toList());
        Mutator mutator = new Mutator(seed);
        Random random = new Random(seed);
        for (int i = random.nextInt(5); i < lines.size(); i += 5) {
            lines.set(i, mutator.mutateLine(lines.get(i)));
        }
        lines.set(1, "{\"learner\":\"L-001\",\"kind\":\"attempt\",\"assessment\":\"no-such-exam\",\"score\":1,"
                + "\"at\":\"2025-01-01\"}"); // at least one record is surely bad
        for (int day = 1; day <= 5; day++) {
            lines.add("{\"learner\":\"" + RETRIER + "\",\"kind\":\"attempt\",\"assessment\":\"a1-knowledge-exam\","
                    + "\"score\":10,\"at\":\"2026-01-0" + day + "T10:00:00Z\"}");
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void recordsInEqualRecordsUsedPlusRecordsReported() {
        for (long seed = 1; seed <= 20; seed++) {
            String text = mutatedEvidenceWithIgnoredAttempts(seed);
            long recordsIn = text.lines().filter(l -> !l.isBlank()).count();

            List<EvidenceRecord> accepted = new ArrayList<>();
            EvidenceSummary summary = EvidenceReader.of(curriculum).read(text, EvidenceFormat.JSON_LINES,
                    accepted::add);
            Set<Long> rejectedLines = summary.problems().stream().map(EvidenceProblem::line)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<LearnerProgress> progress = Evaluator.of(curriculum).cohort(accepted).evaluate(AS_OF).toList();
            long evaluated = progress.stream().mapToLong(LearnerProgress::recordCount).sum();
            long ignored = progress.stream().mapToLong(p -> p.warnings().size()).sum();

            assertThat(rejectedLines).as("seed %d: one problem line per rejected record", seed)
                    .hasSize((int) summary.rejected()).isNotEmpty();
            assertThat(evaluated).as("seed %d: every accepted record is evaluated", seed).isEqualTo(accepted.size());
            long used = evaluated - ignored;
            long reported = rejectedLines.size() + ignored;
            assertThat(used + reported).as("seed %d: records in = used + reported", seed).isEqualTo(recordsIn);
        }
    }

    @Test
    void attemptsBeyondTheLimitAreReportedAsWarningsOneByOne() {
        List<EvidenceRecord> accepted = new ArrayList<>();
        EvidenceReader.of(curriculum).read(mutatedEvidenceWithIgnoredAttempts(1), EvidenceFormat.JSON_LINES,
                accepted::add);
        LearnerProgress retrier = Evaluator.of(curriculum).cohort(accepted).evaluate(RETRIER, AS_OF);
        assertThat(retrier.recordCount()).isEqualTo(5);
        assertThat(retrier.warnings()).extracting(LearnerWarning::code)
                .containsExactly(LearnerWarning.IGNORED_ATTEMPT, LearnerWarning.IGNORED_ATTEMPT);
        assertThat(retrier.warnings()).extracting(LearnerWarning::at).containsExactly(
                Instant.parse("2026-01-04T10:00:00Z"), Instant.parse("2026-01-05T10:00:00Z"));
    }
}
