package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** FORMAT 6.3: awards, best and latest, bands, roll-up, validUntil. */
class CompetencyLevelTest {

    private static CompetencyResult result(LearnerProgress p, String competency) {
        return p.competency(CompetencyId.of(competency)).orElseThrow();
    }

    /** Two quizzes on c: "low" awards developing (valid 1 year), "high" awards advanced (valid 2 years). */
    private static Evaluator twoQuizzes(Attainment attainment) {
        return curriculum().competency("c").attainment(attainment)
                .assessment(quiz("low", "c", "developing").validFor(Period.ofYears(1)).build())
                .assessment(quiz("high", "c", "advanced").validFor(Period.ofYears(2)).build()).evaluator();
    }

    private static Evaluator banded() {
        Assessment a = Assessment.builder("obs", "Observation", AssessmentKind.OBSERVATION).scores(10, 8)
                .measures("c").band(0.5, "developing").band(0.8, "proficient").band(1.0, "advanced").build();
        return curriculum().competency("c").assessment(a).evaluator();
    }

    @Nested
    class Best {
        @Test
        void theLevelIsTheHighestAwardedByAnyValidAttempt() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("low", 9, "2026-03-01")
                    .evaluate(twoQuizzes(Attainment.BEST), "2026-04-01");
            assertThat(result(p, "c").level()).isEqualTo("advanced");
        }

        @Test
        void aLaterFailedAttemptDoesNotLowerTheLevel() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("high", 1, "2026-03-01")
                    .evaluate(twoQuizzes(Attainment.BEST), "2026-04-01");
            assertThat(result(p, "c").level()).isEqualTo("advanced");
        }

        @Test
        void theAwardsExplainTheLevel() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("low", 9, "2026-03-01")
                    .evaluate(twoQuizzes(Attainment.BEST), "2026-04-01");
            assertThat(result(p, "c").awards()).containsExactly(
                    new Award(dev.tandem.assessment.AssessmentId.of("high"), t("2026-01-01"), "advanced", t("2028-01-01")),
                    new Award(dev.tandem.assessment.AssessmentId.of("low"), t("2026-03-01"), "developing",
                            t("2027-03-01")));
        }

        @Test
        void validUntilIsWhenTheLastAttemptAwardingAtLeastTheLevelExpires() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("high", 9, "2026-02-01")
                    .attempt("low", 9, "2026-03-01").evaluate(twoQuizzes(Attainment.BEST), "2026-04-01");
            assertThat(result(p, "c").validUntil()).isEqualTo(t("2028-02-01"));
        }

        @Test
        void whenTheHigherAwardExpiresTheLowerOneIsTheLevel() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("low", 9, "2027-06-01")
                    .evaluate(twoQuizzes(Attainment.BEST), "2028-01-01");
            assertThat(result(p, "c").level()).isEqualTo("developing");
            assertThat(result(p, "c").validUntil()).isEqualTo(t("2028-06-01"));
        }
    }

    @Nested
    class Latest {
        @Test
        void onlyTheMostRecentValidAttemptOfEachAssessmentCounts() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("high", 1, "2026-03-01")
                    .evaluate(twoQuizzes(Attainment.LATEST), "2026-04-01");
            assertThat(result(p, "c").level()).isNull();
        }

        @Test
        void theLevelIsTheHighestOverAssessments() {
            var p = learner().attempt("high", 9, "2026-01-01").attempt("low", 9, "2026-03-01")
                    .attempt("low", 2, "2026-03-02").evaluate(twoQuizzes(Attainment.LATEST), "2026-04-01");
            assertThat(result(p, "c").level()).isEqualTo("advanced");
        }

        @Test
        void bestKeepsWhatLatestDrops() {
            var evidence = learner().attempt("low", 9, "2026-01-01").attempt("low", 3, "2026-02-01");
            assertThat(result(evidence.evaluate(twoQuizzes(Attainment.BEST), "2026-04-01"), "c").level())
                    .isEqualTo("developing");
            assertThat(result(evidence.evaluate(twoQuizzes(Attainment.LATEST), "2026-04-01"), "c").level()).isNull();
        }

        @Test
        void validUntilIsWhenTheMostRecentAttemptExpires() {
            var p = learner().attempt("low", 9, "2026-01-01").attempt("low", 9, "2026-02-01")
                    .evaluate(twoQuizzes(Attainment.LATEST), "2026-04-01");
            assertThat(result(p, "c").validUntil()).isEqualTo(t("2027-02-01"));
            assertThat(result(p, "c").awards()).hasSize(1);
        }
    }

    @Nested
    class Bands {
        @Test
        void theBandWithTheGreatestMinNotAboveTheFractionAwardsItsLevel() {
            var p = learner().attempt("obs", 9, "2026-01-01").evaluate(banded(), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
        }

        @Test
        void aFractionExactlyAtABandsMinQualifiesForIt() {
            var p = learner().attempt("obs", 5, "2026-01-01").evaluate(banded(), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("developing");
        }

        @Test
        void bandsAwardEvenWhenTheAttemptFails() {
            var p = learner().attempt("obs", 6, "2026-01-01").evaluate(banded(), "2026-02-01");
            assertThat(p.attempts().get(0).passed()).isFalse();
            assertThat(result(p, "c").level()).isEqualTo("developing");
        }

        @Test
        void noQualifyingBandAwardsNothing() {
            var p = learner().attempt("obs", 4.9, "2026-01-01").evaluate(banded(), "2026-02-01");
            assertThat(result(p, "c").level()).isNull();
        }

        @Test
        void aFullScoreReachesTheTopBand() {
            var p = learner().attempt("obs", 10, "2026-01-01").evaluate(banded(), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("advanced");
        }
    }

    @Nested
    class RollUp {
        /** parent p with children a and b; qa awards a, qb awards b, qp awards p directly. */
        private Evaluator family() {
            return curriculum().competency("p").competency("a", "p").competency("b", "p")
                    .assessment(quiz("qa", "a", "proficient").validFor(Period.ofYears(1)).build())
                    .assessment(quiz("qb", "b", "advanced").validFor(Period.ofYears(2)).build())
                    .assessment(quiz("qp", "p", "developing").validFor(Period.ofYears(3)).build()).evaluator();
        }

        @Test
        void aParentTakesTheMinimumOverItsChildren() {
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qb", 9, "2026-01-01").evaluate(family(),
                    "2026-02-01");
            assertThat(result(p, "p").level()).isEqualTo("proficient");
            assertThat(result(p, "p").directLevel()).isNull();
            assertThat(result(p, "p").childrenLevel()).isEqualTo("proficient");
        }

        @Test
        void aChildWithNoLevelLeavesTheParentWithNoLevel() {
            var p = learner().attempt("qa", 9, "2026-01-01").evaluate(family(), "2026-02-01");
            assertThat(result(p, "p").level()).isNull();
            assertThat(result(p, "p").childrenLevel()).isNull();
        }

        @Test
        void aChildWithNoLevelLeavesTheParentAtItsDirectLevel() {
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qp", 9, "2026-01-01").evaluate(family(),
                    "2026-02-01");
            assertThat(result(p, "p").level()).isEqualTo("developing");
        }

        @Test
        void theParentTakesTheHigherOfItsDirectLevelAndItsChildren() {
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qb", 9, "2026-01-01").attempt("qp", 9, "2026-01-01")
                    .evaluate(family(), "2026-02-01");
            assertThat(result(p, "p").level()).isEqualTo("proficient");
            assertThat(result(p, "p").directLevel()).isEqualTo("developing");
        }

        @Test
        void aRolledUpLevelIsValidUntilTheFirstChildDropsBelowIt() {
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qb", 9, "2026-01-01").evaluate(family(),
                    "2026-02-01");
            assertThat(result(p, "p").validUntil()).isEqualTo(t("2027-01-01"));
        }

        @Test
        void aRolledUpLevelBackedByAnEqualDirectAwardLastsUntilBothAreGone() {
            Evaluator e = curriculum().competency("p").competency("a", "p")
                    .assessment(quiz("qa", "a", "developing").validFor(Period.ofYears(1)).build())
                    .assessment(quiz("qp", "p", "developing").validFor(Period.ofYears(3)).build()).evaluator();
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qp", 9, "2025-01-01").evaluate(e, "2026-02-01");
            assertThat(result(p, "p").validUntil()).isEqualTo(t("2028-01-01"));
        }

        @Test
        void aGrandparentRollsUpThroughItsChildren() {
            Evaluator e = curriculum().competency("g").competency("p", "g").competency("a", "p")
                    .assessment(quiz("qa", "a", "proficient").build()).evaluator();
            var p = learner().attempt("qa", 9, "2026-01-01").evaluate(e, "2026-02-01");
            assertThat(result(p, "g").level()).isEqualTo("proficient");
        }
    }

    @Test
    void aCompetencyWithoutEvidenceHasNoLevelAndNoValidUntil() {
        var p = learner().evaluate(twoQuizzes(Attainment.BEST), "2026-02-01");
        assertThat(result(p, "c")).satisfies(c -> {
            assertThat(c.level()).isNull();
            assertThat(c.validUntil()).isNull();
            assertThat(c.awards()).isEmpty();
        });
    }
}
