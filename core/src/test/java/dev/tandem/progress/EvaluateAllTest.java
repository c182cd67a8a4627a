package dev.tandem.progress;

import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evaluating the records of many learners at once, and one learner from that learner's records. */
class EvaluateAllTest {

    private static final Evaluator E = curriculum().competency("c").attainment(Attainment.LATEST)
            .module("m").assessment(quiz("q", "c", "proficient").module("m").build()).require("c", "proficient")
            .evaluator();

    private static List<EvidenceRecord> interleaved() {
        List<EvidenceRecord> records = new ArrayList<>();
        records.addAll(Evidence.of("L-3").attempt("q", 9, "2026-01-01").records());
        records.addAll(Evidence.of("L-1").attempt("q", 9, "2026-01-01").records());
        records.addAll(Evidence.of("L-3").attempt("q", 1, "2026-01-01").records());
        records.addAll(Evidence.of("L-2").attempt("q", 9, "2026-06-01").records());
        return records;
    }

    private static List<EvidenceRecord> of(String learner) {
        return interleaved().stream().filter(r -> r.learner().value().equals(learner)).toList();
    }

    @Test
    void recordsOfManyLearnersAreGroupedAndEachLearnerEvaluatedAsTheSingleLearnerEntryPointDoes() {
        Map<LearnerId, LearnerProgress> all = E.evaluateAll(interleaved(), t("2026-07-01"));

        assertThat(all.keySet()).extracting(LearnerId::value).containsExactly("L-1", "L-2", "L-3");
        for (String learner : List.of("L-1", "L-2", "L-3")) {
            LearnerId id = LearnerId.of(learner);
            assertThat(all.get(id)).isEqualTo(E.evaluate(id, of(learner), t("2026-07-01")));
        }
    }

    @Test
    void aStreamGivesTheSameResultAsAnIterable() {
        assertThat(E.evaluateAll(interleaved().stream(), t("2026-02-01")))
                .isEqualTo(E.evaluateAll(interleaved(), t("2026-02-01")));
    }

    @Test
    void theInputOrderOfALearnersRecordsStillBreaksTiesInTime() {
        // L-3 passed, then failed at the same instant: with latest attainment the later record wins
        Map<LearnerId, LearnerProgress> all = E.evaluateAll(interleaved(), t("2026-02-01"));

        assertThat(all.get(LearnerId.of("L-3")).competencies().get(0).level()).isNull();
        assertThat(all.get(LearnerId.of("L-1")).competencies().get(0).level()).isEqualTo("proficient");
    }

    @Test
    void theResultCannotBeChanged() {
        Map<LearnerId, LearnerProgress> all = E.evaluateAll(interleaved(), t("2026-02-01"));

        assertThatThrownBy(() -> all.remove(LearnerId.of("L-1"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noRecordsGiveNoLearners() {
        assertThat(E.evaluateAll(List.of(), t("2026-02-01"))).isEmpty();
    }

    @Test
    void theSingleLearnerEntryPointRefusesAnotherLearnersRecordWithoutNamingEitherLearner() {
        assertThatIllegalArgumentException().isThrownBy(() -> E.evaluate(LearnerId.of("L-1"), interleaved(),
                t("2026-02-01")))
                .withMessageContaining("Record 0 belongs to another learner")
                .withMessageContaining("evaluateAll")
                .withMessageNotContaining("L-3").withMessageNotContaining("L-1");
    }
}
