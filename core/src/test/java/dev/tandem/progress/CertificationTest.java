package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.CompetencyId;
import dev.tandem.training.ModuleId;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** FORMAT 6.5: status, missing, practice windows, expiresAt. */
class CertificationTest {

    /**
     * Modules intro (no assessments) and skills (quiz q, valid 2 years, awards c proficient); quiz e awards
     * ethics proficient and never expires. Certification: all modules, ethics then c at proficient, 10
     * practice hours within a year.
     */
    private static final Evaluator E = curriculum().competency("c").competency("ethics").module("intro")
            .module("skills", "intro")
            .assessment(quiz("q", "c", "proficient").module("skills").validFor(Period.ofYears(2)).build())
            .assessment(quiz("e", "ethics", "proficient").build())
            .requireAllModules().require("ethics", "proficient").require("c", "proficient")
            .requirePractice(10, Period.ofYears(1)).evaluator();

    private static Evidence complete() {
        return learner().completion("intro", "2026-01-01").attempt("q", 9, "2026-02-01").attempt("e", 9, "2026-01-15")
                .practice(6, "2026-03-01").practice(4, "2026-04-01");
    }

    @Nested
    class Status {
        @Test
        void aLearnerMeetingEveryRequirementIsCertified() {
            var c = complete().evaluate(E, "2026-05-01").certification().orElseThrow();
            assertThat(c.status()).isEqualTo(CertificationStatus.CERTIFIED);
            assertThat(c.missing()).isEmpty();
        }

        @Test
        void aLearnerWhoseEvidenceExpiredIsLapsed() {
            var c = complete().evaluate(E, "2028-03-01").certification().orElseThrow();
            assertThat(c.status()).isEqualTo(CertificationStatus.LAPSED);
        }

        @Test
        void aLearnerWhosePracticeWindowPassedIsLapsed() {
            var c = complete().evaluate(E, "2027-03-15").certification().orElseThrow();
            assertThat(c.status()).isEqualTo(CertificationStatus.LAPSED);
            assertThat(c.missing()).containsExactly(new Missing.Practice(10, 4));
        }

        @Test
        void aLearnerMissingSomethingThatNeverExistedIsInProgressEvenWithExpiredEvidence() {
            var c = learner().completion("intro", "2026-01-01").attempt("q", 9, "2026-02-01").evaluate(E, "2029-01-01")
                    .certification().orElseThrow();
            assertThat(c.status()).isEqualTo(CertificationStatus.IN_PROGRESS);
        }

        @Test
        void aLearnerWithoutRecordsIsNotStarted() {
            var c = learner().evaluate(E, "2026-05-01").certification().orElseThrow();
            assertThat(c.status()).isEqualTo(CertificationStatus.NOT_STARTED);
        }

        @Test
        void aCurriculumWithoutCertificationHasNoCertificationResult() {
            Evaluator plain = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build()).evaluator();
            assertThat(learner().attempt("q", 9, "2026-01-01").evaluate(plain, "2026-02-01").certification()).isEmpty();
        }
    }

    @Nested
    class MissingRequirements {
        @Test
        void missingListsModulesThenCompetenciesInTheCertificationsOrderThenPractice() {
            var c = learner().attempt("q", 2, "2026-02-01").evaluate(E, "2026-05-01").certification().orElseThrow();
            assertThat(c.missing()).containsExactly(new Missing.Module(ModuleId.of("intro"), ModuleStatus.NOT_STARTED),
                    new Missing.Module(ModuleId.of("skills"), ModuleStatus.LOCKED),
                    new Missing.Competency(CompetencyId.of("ethics"), "proficient", null),
                    new Missing.Competency(CompetencyId.of("c"), "proficient", null), new Missing.Practice(10, 0));
        }

        @Test
        void aCompetencyBelowTheRequiredLevelShowsTheLevelAttained() {
            Evaluator e = curriculum().competency("c").assessment(quiz("low", "c", "developing").build())
                    .assessment(quiz("high", "c", "advanced").build()).require("c", "advanced").evaluator();
            var c = learner().attempt("low", 9, "2026-01-01").evaluate(e, "2026-02-01").certification().orElseThrow();
            assertThat(c.missing()).containsExactly(new Missing.Competency(CompetencyId.of("c"), "advanced",
                    "developing"));
            assertThat(c.missing().get(0).why()).contains("advanced").contains("developing");
        }

        @Test
        void aLevelAboveTheRequiredOneMeetsTheRequirement() {
            Evaluator e = curriculum().competency("c").assessment(quiz("high", "c", "advanced").build())
                    .require("c", "proficient").evaluator();
            var c = learner().attempt("high", 9, "2026-01-01").evaluate(e, "2026-02-01").certification().orElseThrow();
            assertThat(c.certified()).isTrue();
        }

        @Test
        void aListedModuleSelectionRequiresOnlyTheListedModules() {
            Evaluator e = curriculum().competency("c").module("a").module("b").assessment(quiz("q", "c", "aware").build())
                    .requireModules("b").evaluator();
            var c = learner().completion("b", "2026-01-01").evaluate(e, "2026-02-01").certification().orElseThrow();
            assertThat(c.certified()).isTrue();
        }
    }

    @Nested
    class Practice {
        private final Evaluator hours = curriculum().competency("c").assessment(quiz("q", "c", "aware").build())
                .requirePractice(10, Period.ofMonths(6)).evaluator();

        @Test
        void practiceCountsFromItsInstantUntilJustBeforeTheWindowEnds() {
            var p = learner().practice(10, "2026-01-01").evaluate(hours, "2026-06-30T23:59:59Z");
            assertThat(p.certification().orElseThrow().certified()).isTrue();
            assertThat(p.certification().orElseThrow().practiceHours()).isEqualTo(10.0);
        }

        @Test
        void practiceOutsideTheWindowDoesNotCount() {
            var p = learner().practice(10, "2026-01-01").evaluate(hours, "2026-07-01");
            assertThat(p.certification().orElseThrow().missing()).containsExactly(new Missing.Practice(10, 0));
        }

        @Test
        void decimalHoursAddUpExactly() {
            var evidence = learner();
            for (int i = 0; i < 100; i++) {
                evidence.practice(0.1, "2026-01-01");
            }
            assertThat(evidence.evaluate(hours, "2026-02-01").certification().orElseThrow().certified()).isTrue();
        }

        @Test
        void practiceWithoutAWindowCountsForever() {
            Evaluator e = curriculum().competency("c").assessment(quiz("q", "c", "aware").build())
                    .requirePractice(10, null).evaluator();
            var c = learner().practice(10, "2000-01-01").evaluate(e, "2090-01-01").certification().orElseThrow();
            assertThat(c.certified()).isTrue();
            assertThat(c.expiresAt()).isNull();
        }

        @Test
        void practiceExpiresWhenEnoughHoursHaveLeftTheWindow() {
            var c = learner().practice(2, "2026-01-01").practice(4, "2026-02-01").practice(4, "2026-03-01")
                    .practice(4, "2026-03-02").evaluate(hours, "2026-04-01").certification().orElseThrow();
            assertThat(c.expiresAt()).isEqualTo(t("2026-08-01"));
        }

        @Test
        void practiceRecordsLeavingTheWindowAtTheSameInstantLeaveTogether() {
            var c = learner().practice(5, "2026-01-01").practice(5, "2026-01-01").practice(5, "2026-03-01")
                    .evaluate(hours, "2026-04-01").certification().orElseThrow();
            assertThat(c.expiresAt()).isEqualTo(t("2026-07-01"));
        }
    }

    @Nested
    class ExpiresAt {
        @Test
        void expiresAtIsTheFirstInstantARequirementStopsHolding() {
            var c = complete().evaluate(E, "2026-05-01").certification().orElseThrow();
            // practice: 6 h leaves on 2027-03-01, then 4 < 10; the quiz expires on 2028-02-01
            assertThat(c.expiresAt()).isEqualTo(t("2027-03-01"));
        }

        @Test
        void expiresAtFollowsTheEarliestExpiringRequirement() {
            var c = complete().practice(100, "2027-01-01").evaluate(E, "2027-02-01").certification().orElseThrow();
            assertThat(c.expiresAt()).isEqualTo(t("2028-01-01"));
        }

        @Test
        void expiresAtIsNullWhenNothingExpires() {
            Evaluator e = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build())
                    .require("c", "proficient").evaluator();
            var c = learner().attempt("q", 9, "2026-01-01").evaluate(e, "2026-02-01").certification().orElseThrow();
            assertThat(c.certified()).isTrue();
            assertThat(c.expiresAt()).isNull();
        }

        @Test
        void expiresAtIsNullWhenNotCertified() {
            var c = complete().evaluate(E, "2028-03-01").certification().orElseThrow();
            assertThat(c.expiresAt()).isNull();
        }

        @Test
        void atExpiresAtTheLearnerIsNoLongerCertified() {
            var at = complete().evaluate(E, "2026-05-01").certification().orElseThrow().expiresAt();
            var later = E.evaluate(complete().id(), complete().records(), at).certification().orElseThrow();
            assertThat(later.certified()).isFalse();
        }
    }
}
