package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.policy;
import static dev.tandem.progress.TestCurricula.quiz;
import static dev.tandem.progress.TestCurricula.scenario;
import static dev.tandem.progress.TestCurricula.vignette;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator's contract with its callers: argument checks, immutability. */
class EvaluatorTest {

    private static final Evaluator E = curriculum().competency("c").competency("j").policy(policy())
            .module("m").assessment(quiz("q", "c", "proficient").module("m").build())
            .assessment(scenario("s", "j", "proficient", vignette("v1", "ideation")).passScore(1).build()).evaluator();

    @Test
    void recordsOfAnotherLearnerAreRejected() {
        List<EvidenceRecord> records = Evidence.of("L-002").attempt("q", 9, "2026-01-01").records();
        assertThatIllegalArgumentException().isThrownBy(() -> E.evaluate(LearnerId.of("L-001"), records,
                t("2026-02-01"))).withMessageContaining("belongs to another learner").withMessageNotContaining("L-002");
    }

    @Test
    void anAttemptAtAnUnknownAssessmentIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> learner().attempt("nope", 1, "2026-01-01")
                .evaluate(E, "2026-02-01")).withMessageContaining("nope");
    }

    @Test
    void aCompletionOfAnUnknownModuleIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> learner().completion("nope", "2026-01-01")
                .evaluate(E, "2026-02-01")).withMessageContaining("nope");
    }

    @Test
    void aScoreAboveTheMaximumIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> learner().attempt("q", 10.5, "2026-01-01")
                .evaluate(E, "2026-02-01")).withMessageContaining("0 - 10");
    }

    @Test
    void aScoredAttemptWithoutAScoreIsRejected() {
        var attempt = new EvidenceRecord.Attempt(LearnerId.of("L-001"), AssessmentId.of("q"), null, Map.of(),
                t("2026-01-01"), null);
        assertThatIllegalArgumentException().isThrownBy(() -> E.evaluate(attempt.learner(), List.of(attempt),
                t("2026-02-01")));
    }

    @Test
    void aResponseToAnUnknownVignetteIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> learner().responses("s", "2026-01-01", "v9=refer")
                .evaluate(E, "2026-02-01")).withMessageContaining("v9");
    }

    @Test
    void aResponseNamingAnUnknownTierIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> learner().responses("s", "2026-01-01", "v1=panic")
                .evaluate(E, "2026-02-01")).withMessageContaining("panic");
    }

    @Test
    void aNullInstantIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> E.evaluate(LearnerId.of("L-001"), List.of(), null));
    }

    @Test
    void theRecordsListMayChangeAfterEvaluationWithoutChangingTheResult() {
        List<EvidenceRecord> records = new ArrayList<>(learner().attempt("q", 9, "2026-01-01").records());
        var before = E.evaluate(LearnerId.of("L-001"), records, t("2026-02-01"));
        records.clear();
        assertThat(before.competencies().get(0).level()).isEqualTo("proficient");
    }

    @Test
    void resultListsAreUnmodifiable() {
        var p = learner().attempt("q", 9, "2026-01-01").evaluate(E, "2026-02-01");
        assertThatThrownBy(() -> p.competencies().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.attempts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyCompetencyOfTheCurriculumAppearsInDocumentOrder() {
        var p = learner().evaluate(E, "2026-02-01");
        assertThat(p.competencies()).extracting(c -> c.competency().value()).containsExactly("c", "j");
    }

    @Test
    void evaluatingTwiceGivesEqualResults() {
        var evidence = learner().attempt("q", 9, "2026-01-01").responses("s", "2026-01-02", "v1=refer");
        assertThat(evidence.evaluate(E, "2026-02-01")).isEqualTo(evidence.evaluate(E, "2026-02-01"));
    }
}
