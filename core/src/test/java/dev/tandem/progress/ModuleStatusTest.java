package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.training.ModuleId;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * FORMAT 6.4. Modules: intro (no assessments), skills (requires intro; quizzes q1 and q2, q2 valid one
 * year), crisis (requires skills; quiz q3).
 */
class ModuleStatusTest {

    private static final Evaluator E = curriculum().competency("c").module("intro").module("skills", "intro")
            .module("crisis", "skills")
            .assessment(quiz("q1", "c", "developing").module("skills").build())
            .assessment(quiz("q2", "c", "proficient").module("skills").validFor(Period.ofYears(1)).build())
            .assessment(quiz("q3", "c", "advanced").module("crisis").build()).evaluator();

    private static ModuleResult module(LearnerProgress p, String id) {
        return p.module(ModuleId.of(id)).orElseThrow();
    }

    @Test
    void aModuleWithoutAssessmentsIsCompletedByACompletionRecord() {
        var p = learner().completion("intro", "2026-01-01").evaluate(E, "2026-02-01");
        assertThat(module(p, "intro").status()).isEqualTo(ModuleStatus.COMPLETED);
        assertThat(module(p, "intro").validUntil()).isNull();
    }

    @Test
    void aModuleWithAssessmentsIsCompletedWhenEachHasAValidPassingAttempt() {
        var p = learner().attempt("q1", 9, "2026-01-01").attempt("q2", 8, "2026-01-02").evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.COMPLETED);
        assertThat(module(p, "skills").validUntil()).isEqualTo(t("2027-01-02"));
    }

    @Test
    void aModuleWithAnUnpassedAssessmentIsInProgressAndNamesIt() {
        var p = learner().completion("intro", "2026-01-01").attempt("q1", 9, "2026-01-01").attempt("q2", 2, "2026-01-02")
                .evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        assertThat(module(p, "skills").pendingAssessments()).containsExactly(AssessmentId.of("q2"));
    }

    @Test
    void aModuleWhosePassingAttemptExpiredIsNoLongerCompleted() {
        var p = learner().completion("intro", "2026-01-01").attempt("q1", 9, "2026-01-01").attempt("q2", 9, "2026-01-02")
                .evaluate(E, "2027-01-02");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.IN_PROGRESS);
    }

    @Test
    void aCompletionRecordDoesNotCompleteAModuleWithAssessments() {
        var p = learner().completion("intro", "2026-01-01").completion("skills", "2026-01-01").evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.IN_PROGRESS);
    }

    @Test
    void aModuleIsLockedWhileARequiredModuleIsNotCompleted() {
        var p = learner().attempt("q1", 9, "2026-01-01").evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.LOCKED);
        assertThat(module(p, "skills").unmetPrerequisites()).containsExactly(ModuleId.of("intro"));
    }

    @Test
    void aCompletedModuleIsCompletedEvenWhenItsPrerequisiteIsNot() {
        var p = learner().attempt("q3", 9, "2026-01-01").evaluate(E, "2026-02-01");
        assertThat(module(p, "crisis").status()).isEqualTo(ModuleStatus.COMPLETED);
    }

    @Test
    void aModuleWithItsPrerequisitesCompletedAndNoRecordIsNotStarted() {
        var p = learner().completion("intro", "2026-01-01").evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.NOT_STARTED);
    }

    @Test
    void aFailedAttemptAtOneOfItsAssessmentsStartsAModule() {
        var p = learner().completion("intro", "2026-01-01").attempt("q2", 1, "2026-01-05").evaluate(E, "2026-02-01");
        assertThat(module(p, "skills").status()).isEqualTo(ModuleStatus.IN_PROGRESS);
    }

    @Test
    void aLearnerWithoutRecordsHasEveryModuleNotStartedOrLocked() {
        var p = learner().evaluate(E, "2026-02-01");
        assertThat(p.modules()).extracting(ModuleResult::status).containsExactly(ModuleStatus.NOT_STARTED,
                ModuleStatus.LOCKED, ModuleStatus.LOCKED);
    }

    @Test
    void everyModuleOfTheCurriculumAppearsInDocumentOrder() {
        var p = learner().evaluate(E, "2026-02-01");
        assertThat(p.modules()).extracting(m -> m.module().value()).containsExactly("intro", "skills", "crisis");
    }
}
