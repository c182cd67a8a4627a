package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.policy;
import static dev.tandem.progress.TestCurricula.quiz;
import static dev.tandem.progress.TestCurricula.scenario;
import static dev.tandem.progress.TestCurricula.vignette;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.evidence.LearnerId;
import java.math.BigDecimal;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** FORMAT section 13: attainment methods, roll-up rules, renewal and continuing education, hand-computed. */
class LifecycleEvaluationTest {

    private static CompetencyResult result(LearnerProgress p, String competency) {
        return p.competency(CompetencyId.of(competency)).orElseThrow();
    }

    /** A quiz out of 20 passing at 14 (pass fraction exactly 0.7), valid for a year. */
    private static Evaluator quizOutOf20(Attainment method) {
        return curriculum().competency("c", null, method, null)
                .assessment(Assessment.builder("q", "Quiz", AssessmentKind.QUIZ).scores(20, 14)
                        .measures("c", "proficient").validFor(Period.ofYears(1)).build())
                .evaluator();
    }

    /** An observation out of 10 with bands 0.5 developing, 0.8 proficient, 1.0 advanced. */
    private static Evaluator banded(Attainment method) {
        return curriculum().competency("c", null, method, null)
                .assessment(Assessment.builder("obs", "Observation", AssessmentKind.OBSERVATION).scores(10, 8)
                        .measures("c").band(0.5, "developing").band(0.8, "proficient").band(1.0, "advanced").build())
                .evaluator();
    }

    @Nested
    class Average {
        @Test
        void fourteenFourteenAndFourteenOfTwentyAverageExactlyThePassMark() {
            var p = learner().attempt("q", 14, "2026-01-01").attempt("q", 14, "2026-01-02").attempt("q", 14, "2026-01-03")
                    .evaluate(quizOutOf20(Attainment.AVERAGE), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
            assertThat(result(p, "c").attainment()).isEqualTo(Attainment.AVERAGE);
        }

        @Test
        void aMeanBelowThePassMarkAwardsNothingEvenWhenOneAttemptPassed() {
            // (10 + 14 + 17) / 3 = 13.67 < 14
            var p = learner().attempt("q", 10, "2026-01-01").attempt("q", 14, "2026-01-02").attempt("q", 17, "2026-01-03")
                    .evaluate(quizOutOf20(Attainment.AVERAGE), "2026-02-01");
            assertThat(result(p, "c").level()).isNull();
        }

        @Test
        void withBandsTheMeanFractionPicksTheBand() {
            // (9 + 6) / 20 = 0.75: developing (0.5), not proficient (0.8)
            var p = learner().attempt("obs", 9, "2026-01-01").attempt("obs", 6, "2026-01-02")
                    .evaluate(banded(Attainment.AVERAGE), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("developing");
        }

        @Test
        void anExpiringHighAttemptLowersTheAverageAndValidUntilIsThatInstant() {
            // (20 + 12) / 2 = 16 >= 14 until the 20 expires on 2027-01-01; then 12 < 14
            Evaluator e = quizOutOf20(Attainment.AVERAGE);
            var evidence = learner().attempt("q", 20, "2026-01-01").attempt("q", 12, "2026-06-01");
            var p = evidence.evaluate(e, "2026-07-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
            assertThat(result(p, "c").validUntil()).isEqualTo(t("2027-01-01"));
            assertThat(result(evidence.evaluate(e, "2027-01-01"), "c").level()).isNull();
        }

        @Test
        void anExpiringLowAttemptRaisesTheAverage() {
            Evaluator e = quizOutOf20(Attainment.AVERAGE);
            var evidence = learner().attempt("q", 4, "2026-01-01").attempt("q", 20, "2026-02-01");
            assertThat(result(evidence.evaluate(e, "2026-12-31"), "c").level()).isNull();
            var p = evidence.evaluate(e, "2027-01-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
            assertThat(result(p, "c").validUntil()).isEqualTo(t("2027-02-01"));
        }

        @Test
        void aScenarioAttemptThatUnderEscalatesCountsZero() {
            // 4 of 4 (fraction 1), then 3 of 4 with an under-escalation (fraction 0, not 0.75): mean 0.5 < 0.75
            Evaluator e = curriculum().policy(policy()).competency("s", null, Attainment.AVERAGE, null)
                    .assessment(scenario("triage", "s", "proficient", vignette("v1", "ideation"), vignette("v2"),
                            vignette("v3", "distress"), vignette("v4", "ideation", "intent")).passScore(3).build())
                    .evaluator();
            var p = learner().responses("triage", "2026-01-01", "v1=refer", "v2=continue", "v3=consult", "v4=emergency")
                    .responses("triage", "2026-01-02", "v1=refer", "v2=continue", "v3=consult", "v4=refer")
                    .evaluate(e, "2026-02-01");
            assertThat(result(p, "s").level()).isNull();
        }
    }

    @Nested
    class DecayingAverage {
        @Test
        void threeRisingAttemptsGiveTheHandComputedAverage() {
            // d1 = 0.4, d2 = 0.35 * 0.4 + 0.65 * 0.8 = 0.66, d3 = 0.35 * 0.66 + 0.65 * 1.0 = 0.881: proficient
            var p = learner().attempt("obs", 4, "2026-01-01").attempt("obs", 8, "2026-01-02").attempt("obs", 10, "2026-01-03")
                    .evaluate(banded(Attainment.decayingAverage(Attainment.DEFAULT_WEIGHT)), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
            assertThat(result(p, "c").attainment().id()).isEqualTo("decaying-average");
        }

        @Test
        void theSameAttemptsFallingGiveALowerAverage() {
            // d1 = 1.0, d2 = 0.35 + 0.52 = 0.87, d3 = 0.3045 + 0.26 = 0.5645: developing
            var p = learner().attempt("obs", 10, "2026-01-01").attempt("obs", 8, "2026-01-02").attempt("obs", 4, "2026-01-03")
                    .evaluate(banded(Attainment.decayingAverage(Attainment.DEFAULT_WEIGHT)), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("developing");
        }

        @Test
        void anAverageLandingExactlyOnABandMinAwardsThatBand() {
            // weight 0.5: d1 = 0.6, d2 = 0.3 + 0.5 = 0.8 exactly: proficient
            var p = learner().attempt("obs", 6, "2026-01-01").attempt("obs", 10, "2026-01-02")
                    .evaluate(banded(Attainment.decayingAverage(new BigDecimal("0.5"))), "2026-02-01");
            assertThat(result(p, "c").level()).isEqualTo("proficient");
        }
    }

    @Nested
    class NMastery {
        @Test
        void theLevelIsTheHighestThatNAttemptsEachAward() {
            // advanced, proficient, developing: two attempts award at least proficient
            var evidence = learner().attempt("obs", 10, "2026-01-01").attempt("obs", 8, "2026-01-02")
                    .attempt("obs", 5, "2026-01-03");
            assertThat(result(evidence.evaluate(banded(Attainment.nMastery(2)), "2026-02-01"), "c").level())
                    .isEqualTo("proficient");
            assertThat(result(evidence.evaluate(banded(Attainment.nMastery(3)), "2026-02-01"), "c").level())
                    .isEqualTo("developing");
            assertThat(result(evidence.evaluate(banded(Attainment.nMastery(4)), "2026-02-01"), "c").level())
                    .isNull();
        }
    }

    @Nested
    class PointsRollUp {
        /** p: points 3; a counts 2 and is required, b and c count 1 (c unlisted). */
        private Evaluator evaluator() {
            Map<CompetencyId, Rollup.ChildPoints> children = new LinkedHashMap<>();
            children.put(CompetencyId.of("a"), new Rollup.ChildPoints(new BigDecimal("2"), true));
            children.put(CompetencyId.of("b"), new Rollup.ChildPoints(BigDecimal.ONE, false));
            return curriculum().competency("p", null, null, new Rollup.Points(new BigDecimal("3"), children))
                    .competency("a", "p").competency("b", "p").competency("c", "p")
                    .assessment(quiz("qa", "a", "proficient").build()).assessment(quiz("qb", "b", "proficient").build())
                    .assessment(quiz("qc", "c", "proficient").build()).evaluator();
        }

        @Test
        void pointsExactlyMetRollUp() {
            var p = learner().attempt("qa", 9, "2026-01-01").attempt("qb", 9, "2026-01-01")
                    .evaluate(evaluator(), "2026-02-01");
            assertThat(result(p, "p").level()).isEqualTo("proficient");
            assertThat(result(p, "p").childrenLevel()).isEqualTo("proficient");
            assertThat(result(p, "p").rollup()).isInstanceOf(Rollup.Points.class);
        }

        @Test
        void aRequiredChildMissingHoldsNothingWhateverThePoints() {
            var p = learner().attempt("qb", 9, "2026-01-01").attempt("qc", 9, "2026-01-01")
                    .evaluate(evaluator(), "2026-02-01");
            assertThat(result(p, "p").level()).isNull();
        }
    }

    @Nested
    class Renewals {
        private static final String ASSESSED = "2026-03-01";

        /** c required at proficient; renewal window P90D, 20 h within P2Y, 6 h of ethics. */
        private Evaluator evaluator(Period quizValidity) {
            Assessment.Builder q = quiz("q", "c", "proficient");
            if (quizValidity != null) {
                q.validFor(quizValidity);
            }
            return curriculum().competency("c").assessment(q.build()).require("c", "proficient")
                    .renewal(new Renewal(Period.ofDays(90), new ContinuingEducation(20, Period.ofYears(2),
                            Map.of(TopicId.of("ethics"), 6.0))))
                    .evaluator();
        }

        private Evidence certified() {
            return learner().attempt("q", 9, ASSESSED);
        }

        @Test
        void theFirstPeriodNeedsNoEducation() {
            CertificationResult c = certified().evaluate(evaluator(null), "2027-06-01").certification();
            assertThat(c.status()).isEqualTo(CertificationStatus.CERTIFIED);
            assertThat(c.expiresAt()).isEqualTo(t("2028-03-01"));
            assertThat(c.renewal()).isEqualTo(new RenewalDue(t("2027-12-02"), false));
            assertThat(c.education().total()).isZero();
        }

        @Test
        void afterTheFirstPeriodALearnerShortOnlyOfEducationIsLapsed() {
            CertificationResult c = certified().education(12, null, "2027-01-01").education(2, "ethics", "2027-02-01")
                    .evaluate(evaluator(null), "2028-06-01").certification();
            assertThat(c.status()).isEqualTo(CertificationStatus.LAPSED);
            assertThat(c.renewal()).isNull();
            assertThat(c.missing()).containsExactly(
                    new Missing.ContinuingEducation(null, 20, 14),
                    new Missing.ContinuingEducation(TopicId.of("ethics"), 6, 2));
        }

        @Test
        void aTopicShortIsTheOnlyEntryWhenTheTotalIsMet() {
            CertificationResult c = certified().education(18, null, "2027-01-01").education(2, "ethics", "2027-02-01")
                    .evaluate(evaluator(null), "2028-06-01").certification();
            assertThat(c.missing()).containsExactly(new Missing.ContinuingEducation(TopicId.of("ethics"), 6, 2));
        }

        @Test
        void hoursOfAnUnlistedTopicCountTowardTheTotalOnly() {
            CertificationResult c = certified().education(14, "first-aid", "2027-01-01")
                    .education(6, "ethics", "2027-02-01").evaluate(evaluator(null), "2028-06-01").certification();
            assertThat(c.certified()).isTrue();
            assertThat(c.education().topics()).containsExactly(Map.entry(TopicId.of("ethics"), 6.0));
        }

        @Test
        void anEducationRecordExpiringMovesExpiresAt() {
            // 20 h (6 ethics) from 2027-01-01 and 2027-02-01 count until 2029-01-01 / 2029-02-01;
            // the first period ends 2028-03-01; the total falls short when the first record stops counting
            CertificationResult c = certified().education(14, null, "2027-01-01").education(6, "ethics", "2027-02-01")
                    .evaluate(evaluator(null), "2028-06-01").certification();
            assertThat(c.status()).isEqualTo(CertificationStatus.CERTIFIED);
            assertThat(c.expiresAt()).isEqualTo(t("2029-01-01"));
        }

        @Test
        void aLearnerNeverCertifiedOwesNoEducation() {
            CertificationResult c = learner().attempt("q", 3, ASSESSED).evaluate(evaluator(null), "2029-06-01")
                    .certification();
            assertThat(c.status()).isEqualTo(CertificationStatus.IN_PROGRESS);
            assertThat(c.missing()).extracting(Missing::type).containsExactly("competency");
        }

        @Test
        void aLaterLapseDoesNotStartANewFirstPeriod() {
            // certified 2026-03-01 until the quiz expires 2027-03-01; certified again 2028-05-01: t0 stays 2026-03-01
            CertificationResult c = certified().attempt("q", 9, "2028-05-01").evaluate(evaluator(Period.ofYears(1)),
                    "2028-06-01").certification();
            assertThat(c.status()).isEqualTo(CertificationStatus.LAPSED);
            assertThat(c.missing()).extracting(Missing::type)
                    .containsExactly("continuing-education", "continuing-education");
        }

        @Test
        void renewalIsDueFromExpiresAtMinusTheWindow() {
            Evaluator e = evaluator(null);
            // expiresAt 2028-03-01 (end of the first period); P90D before it is 2027-12-02
            assertThat(certified().evaluate(e, "2027-12-01T23:59:59Z").certification().renewal())
                    .isEqualTo(new RenewalDue(t("2027-12-02"), false));
            assertThat(certified().evaluate(e, "2027-12-02").certification().renewal())
                    .isEqualTo(new RenewalDue(t("2027-12-02"), true));
        }

        @Test
        void aRecordOfTheTwentyNinthOfFebruaryStopsCountingOnTheTwentyEighthTwoYearsLater() {
            Evaluator e = evaluator(null);
            var evidence = learner().attempt("q", 9, "2022-01-01").education(20, "ethics", "2024-02-29T10:00:00Z");
            assertThat(evidence.evaluate(e, "2026-02-28T09:59:59Z").certification().education().total()).isEqualTo(20);
            assertThat(evidence.evaluate(e, "2026-02-28T10:00:00Z").certification().education().total()).isZero();
        }

        @Test
        void withoutARenewalBlockAnEducationRecordChangesNothingNotEvenTheLearnersListed() {
            Evaluator e = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build())
                    .require("c", "proficient").evaluator();
            Cohort cohort = e.cohort(learner().education(3, "ethics", "2026-01-01").records());
            assertThat(cohort.learners()).isEmpty();
            var p = e.evaluate(LearnerId.of("L-001"), learner().education(3, null, "2026-01-01").records(),
                    t("2026-02-01"));
            assertThat(p.certification().status()).isEqualTo(CertificationStatus.NOT_STARTED);
        }

        @Test
        void withARenewalBlockAnEducationRecordMakesALearnerInProgress() {
            var p = learner().education(3, null, "2026-01-01").evaluate(evaluator(null), "2026-02-01");
            assertThat(p.certification().status()).isEqualTo(CertificationStatus.IN_PROGRESS);
            assertThat(p.certification().missing()).extracting(Missing::type).containsExactly("competency");
        }

        @Test
        void aDocumentWithoutRenewalHasNoRenewalNorEducationInItsResult() {
            Evaluator e = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build())
                    .require("c", "proficient").evaluator();
            CertificationResult c = learner().attempt("q", 9, ASSESSED).evaluate(e, "2027-01-01").certification();
            assertThat(c.renewal()).isNull();
            assertThat(c.education()).isNull();
            assertThat(List.of(c.status())).containsExactly(CertificationStatus.CERTIFIED);
        }
    }
}
