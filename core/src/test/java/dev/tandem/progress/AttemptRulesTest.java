package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.training.ModuleId;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** FORMAT 6.2: the instant of evaluation, validity windows, time order, max-attempts, passing. */
class AttemptRulesTest {

    private static final CompetencyId C = CompetencyId.of("c");

    private static Evaluator quizFor(Period validFor) {
        return curriculum().competency("c").module("m")
                .assessment(quiz("q", "c", "proficient").module("m").validFor(validFor).build()).evaluator();
    }

    private static Evaluator limitedQuiz(int maxAttempts, Period validFor) {
        var quiz = quiz("q", "c", "proficient").module("m").maxAttempts(maxAttempts);
        if (validFor != null) {
            quiz.validFor(validFor);
        }
        return curriculum().competency("c").module("m").assessment(quiz.build()).evaluator();
    }

    private static String level(LearnerProgress p) {
        return p.competency(C).orElseThrow().level();
    }

    @Nested
    class TheEvaluationInstant {
        @Test
        void aRecordExactlyAtAsOfCounts() {
            var p = learner().attempt("q", 9, "2026-03-01T10:00:00Z").evaluate(quizFor(null), "2026-03-01T10:00:00Z");
            assertThat(level(p)).isEqualTo("proficient");
        }

        @Test
        void aRecordOneNanosecondAfterAsOfIsIgnored() {
            var p = learner().attempt("q", 9, "2026-03-01T10:00:00.000000001Z")
                    .evaluate(quizFor(null), "2026-03-01T10:00:00Z");
            assertThat(level(p)).isNull();
        }

        @Test
        void aLearnerWhoseRecordsAllLieAfterAsOfIsNotStarted() {
            Evaluator e = curriculum().competency("c").module("m")
                    .assessment(quiz("q", "c", "proficient").module("m").build()).require("c", "proficient").evaluator();
            var p = learner().attempt("q", 2, "2026-05-01").evaluate(e, "2026-04-01");
            assertThat(p.certification().status()).isEqualTo(CertificationStatus.NOT_STARTED);
            assertThat(p.recordCount()).isZero();
            assertThat(p.attempts()).isEmpty();
        }
    }

    @Nested
    class ValidityWindows {
        @Test
        void anAttemptIsValidUntilJustBeforeAtPlusValidFor() {
            var p = learner().attempt("q", 9, "2026-03-01T10:00:00Z")
                    .evaluate(quizFor(Period.ofYears(2)), "2028-03-01T09:59:59.999999999Z");
            assertThat(level(p)).isEqualTo("proficient");
        }

        @Test
        void anExpiredAttemptAwardsNothing() {
            var p = learner().attempt("q", 9, "2026-03-01T10:00:00Z")
                    .evaluate(quizFor(Period.ofYears(2)), "2028-03-01T10:00:00Z");
            assertThat(level(p)).isNull();
            assertThat(p.attempts()).singleElement().satisfies(a -> assertThat(a.valid()).isFalse());
        }

        @Test
        void theValidityPeriodIsAddedInUtcWithMonthEndClamping() {
            var p = learner().attempt("q", 9, "2026-01-31T23:30:00Z").evaluate(quizFor(Period.ofMonths(1)), "2026-02-01");
            assertThat(p.competency(C).orElseThrow().validUntil()).isEqualTo(t("2026-02-28T23:30:00Z"));
        }

        @Test
        void anAttemptWithoutValidForNeverExpires() {
            var p = learner().attempt("q", 9, "2000-01-01").evaluate(quizFor(null), "2090-01-01");
            assertThat(level(p)).isEqualTo("proficient");
            assertThat(p.competency(C).orElseThrow().validUntil()).isNull();
        }
    }

    @Nested
    class Passing {
        @Test
        void aScoreEqualToThePassScorePasses() {
            var p = learner().attempt("q", 8, "2026-01-01").evaluate(quizFor(null), "2026-02-01");
            assertThat(p.attempts()).singleElement().satisfies(a -> assertThat(a.passed()).isTrue());
        }

        @Test
        void aScoreJustBelowThePassScoreFailsAndAwardsNothing() {
            var p = learner().attempt("q", 7.99, "2026-01-01").evaluate(quizFor(null), "2026-02-01");
            assertThat(p.attempts()).singleElement().satisfies(a -> assertThat(a.passed()).isFalse());
            assertThat(level(p)).isNull();
        }
    }

    @Nested
    class TimeOrder {
        @Test
        void attemptsAreListedInTimeOrderNotInputOrder() {
            var p = learner().attempt("q", 3, "2026-01-03").attempt("q", 9, "2026-01-01").evaluate(quizFor(null),
                    "2026-02-01");
            assertThat(p.attempts()).extracting(AttemptResult::at).containsExactly(t("2026-01-01"), t("2026-01-03"));
        }

        @Test
        void aTieInTimeIsBrokenByInputOrderSoTheLaterRecordIsTheMostRecent() {
            Evaluator e = curriculum().competency("c").attainment(Attainment.LATEST)
                    .assessment(quiz("q", "c", "proficient").build()).evaluator();
            var passThenFail = learner().attempt("q", 9, "2026-01-01").attempt("q", 2, "2026-01-01").evaluate(e,
                    "2026-02-01");
            var failThenPass = learner().attempt("q", 2, "2026-01-01").attempt("q", 9, "2026-01-01").evaluate(e,
                    "2026-02-01");
            assertThat(level(passThenFail)).isNull();
            assertThat(level(failThenPass)).isEqualTo("proficient");
        }

        @Test
        void manyAttemptsInReverseInputOrderAreStillTakenInTimeOrderWithTiesInInputOrder() {
            Evidence evidence = learner();
            for (int day = 60; day >= 1; day--) {
                evidence.attempt("q", 1, String.format("2026-03-%02dT00:00:00Z", 1 + day % 28));
            }
            var p = evidence.evaluate(quizFor(null), "2026-04-01");
            assertThat(p.attempts()).extracting(AttemptResult::at).isSorted();
            assertThat(p.attempts()).hasSize(60);
        }

        @Test
        void aTieAmongManyAttemptsIsBrokenByInputOrder() {
            Evaluator e = curriculum().competency("c").attainment(Attainment.LATEST)
                    .assessment(quiz("q", "c", "proficient").build()).evaluator();
            Evidence failsThenPass = learner();
            for (int i = 0; i < 40; i++) {
                failsThenPass.attempt("q", 1, "2026-01-01");
            }
            failsThenPass.attempt("q", 9, "2026-01-01");
            assertThat(level(failsThenPass.evaluate(e, "2026-02-01"))).isEqualTo("proficient");
        }

        @Test
        void aTieInTimeUnderMaxAttemptsIgnoresTheLaterRecordInInputOrder() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 9, "2026-01-01")
                    .evaluate(limitedQuiz(1, null), "2026-02-01");
            assertThat(p.attempts()).extracting(AttemptResult::score, AttemptResult::ignored)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, false),
                            org.assertj.core.groups.Tuple.tuple(9.0, true));
        }
    }

    @Nested
    class MaxAttempts {
        @Test
        void theAttemptAfterNFailuresIsIgnoredAndAwardsNothing() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 2, "2026-01-02").attempt("q", 10, "2026-01-03")
                    .evaluate(limitedQuiz(2, null), "2026-02-01");
            assertThat(level(p)).isNull();
            assertThat(p.attempts().get(2).ignored()).isTrue();
        }

        @Test
        void anIgnoredAttemptIsReportedAsAWarningNamingTheAssessment() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 10, "2026-01-03")
                    .evaluate(limitedQuiz(1, null), "2026-02-01");
            assertThat(p.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo(LearnerWarning.IGNORED_ATTEMPT);
                assertThat(w.assessment()).hasToString("q");
                assertThat(w.at()).isEqualTo(t("2026-01-03"));
                assertThat(w.message()).contains("'q'");
            });
        }

        @Test
        void theNthAttemptItselfStillCounts() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 9, "2026-01-02")
                    .evaluate(limitedQuiz(2, null), "2026-02-01");
            assertThat(level(p)).isEqualTo("proficient");
            assertThat(p.warnings()).isEmpty();
        }

        @Test
        void aPassResetsTheCountOfFailures() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 9, "2026-01-02").attempt("q", 1, "2026-01-03")
                    .attempt("q", 9, "2026-01-04").evaluate(limitedQuiz(2, null), "2026-02-01");
            assertThat(p.attempts()).noneMatch(AttemptResult::ignored);
        }

        @Test
        void expiredFailedAttemptsStillCountTowardsTheLimit() {
            var p = learner().attempt("q", 1, "2020-01-01").attempt("q", 9, "2026-01-01")
                    .evaluate(limitedQuiz(1, Period.ofYears(1)), "2026-02-01");
            assertThat(p.attempts().get(1).ignored()).isTrue();
            assertThat(level(p)).isNull();
        }

        @Test
        void anIgnoredAttemptCompletesNothing() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 9, "2026-01-02")
                    .evaluate(limitedQuiz(1, null), "2026-02-01");
            assertThat(p.module(ModuleId.of("m")).orElseThrow().status()).isEqualTo(ModuleStatus.IN_PROGRESS);
        }

        @Test
        void anIgnoredAttemptIsNeitherValidNorTheMostRecentUnderLatest() {
            Evaluator e = curriculum().competency("c").attainment(Attainment.LATEST)
                    .assessment(quiz("q", "c", "proficient").maxAttempts(1).validFor(Period.ofYears(1)).build())
                    .evaluator();
            var p = learner().attempt("q", 1, "2020-01-01").attempt("q", 9, "2026-01-01").evaluate(e, "2026-02-01");
            assertThat(p.attempts().get(1)).satisfies(a -> {
                assertThat(a.ignored()).isTrue();
                assertThat(a.valid()).isFalse();
                assertThat(a.validUntil()).isNull();
            });
            assertThat(level(p)).isNull();
        }

        @Test
        void aLaterPassDoesNotResetTheLimitOnceItIsReached() {
            var p = learner().attempt("q", 1, "2026-01-01").attempt("q", 9, "2026-01-02").attempt("q", 9, "2026-01-03")
                    .evaluate(limitedQuiz(1, null), "2026-02-01");
            assertThat(p.attempts()).extracting(AttemptResult::ignored).containsExactly(false, true, true);
            assertThat(p.warnings()).hasSize(2);
        }
    }
}
