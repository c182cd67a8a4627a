package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.competency.Attainment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When certification begins where no record lies: a low attempt expiring under an average, and the first
 * period of continuing education ending.
 */
class CertificationTimelineTest {

    /** Quiz q (out of 10, passes at 8, valid a year) awards c proficient; certification: c at proficient. */
    private static Evaluator averaged(Attainment method) {
        return curriculum().attainment(method).competency("c")
                .assessment(quiz("q", "c", "proficient").validFor(Period.ofYears(1)).build())
                .require("c", "proficient").evaluator();
    }

    private static boolean certified(Evaluator e, Evidence evidence, Instant at) {
        return e.evaluate(evidence.id(), evidence.records(), at).certification().orElseThrow().certified();
    }

    @Test
    void underAnAverageCertificationBeginsWhenALowAttemptExpires() {
        Evaluator e = averaged(Attainment.AVERAGE);
        // mean of 2 and 9 is 5.5, below 8; the 2 expires on 2027-01-01 and leaves the 9
        Evidence evidence = learner().attempt("q", 2, "2026-01-01").attempt("q", 9, "2026-03-01");
        Instant expiry = t("2027-01-01");
        assertThat(certified(e, evidence, expiry.minusNanos(1))).isFalse();
        assertThat(certified(e, evidence, expiry)).isTrue();

        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2027-02-01"))).contains(expiry);
        assertThat(e.firstCertified(evidence.id(), evidence.records(), t("2027-02-01"))).contains(expiry);
        Cohort cohort = e.cohort(evidence.records());
        assertThat(cohort.certifiedSince(evidence.id(), t("2027-02-01"))).contains(expiry);
        assertThat(cohort.firstCertified(evidence.id(), t("2027-02-01"))).contains(expiry);
        // exactly at the expiry, and not yet just before it
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), expiry)).contains(expiry);
        assertThat(e.firstCertified(evidence.id(), evidence.records(), expiry.minusNanos(1))).isEmpty();
    }

    @Test
    void underADecayingAverageToo() {
        Evaluator e = averaged(Attainment.decayingAverage(new BigDecimal("0.5")));
        // 0.5 * 2 + 0.5 * 9 = 5.5; after the 2 expires, 9
        Evidence evidence = learner().attempt("q", 2, "2026-01-01").attempt("q", 9, "2026-03-01");
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2027-02-01"))).contains(t("2027-01-01"));
    }

    @Test
    void aLearnerCertifiedLapsedAndCertifiedAgainByAnExpiryGetsBothDatesRight() {
        Evaluator e = averaged(Attainment.AVERAGE);
        // certified by the 9 on 2026-01-01; the 2 of 2026-03-01 brings the mean to 5.5, the second 9 to 6.67;
        // the first 9 expires on 2027-01-01 (mean 5.5), the 2 on 2027-03-01 (mean 9): certified again, until
        // the second 9 expires on 2027-04-01
        Evidence evidence = learner().attempt("q", 9, "2026-01-01").attempt("q", 2, "2026-03-01")
                .attempt("q", 9, "2026-04-01");
        assertThat(certified(e, evidence, t("2026-12-31"))).isFalse();
        assertThat(e.firstCertified(evidence.id(), evidence.records(), t("2027-03-15"))).contains(t("2026-01-01"));
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2027-03-15"))).contains(t("2027-03-01"));
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2026-02-01"))).contains(t("2026-01-01"));
    }

    @Test
    void theEndOfTheFirstPeriodOfContinuingEducationInterruptsTheStretch() {
        // 4 hours within a year; the first year after t0 needs none
        Evaluator e = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build())
                .require("c", "proficient")
                .renewal(new Renewal(null, new ContinuingEducation(4, Period.ofYears(1), Map.of()))).evaluator();
        Evidence evidence = learner().attempt("q", 9, "2026-01-01").education(4, null, "2027-03-01");
        assertThat(certified(e, evidence, t("2026-12-31"))).isTrue();
        assertThat(certified(e, evidence, t("2027-01-01"))).isFalse();
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2027-06-01"))).contains(t("2027-03-01"));
        assertThat(e.firstCertified(evidence.id(), evidence.records(), t("2027-06-01"))).contains(t("2026-01-01"));
        // education recorded in the first period carries the stretch over its end
        Evidence early = learner().attempt("q", 9, "2026-01-01").education(4, null, "2026-12-01");
        assertThat(e.certifiedSince(early.id(), early.records(), t("2027-06-01"))).contains(t("2026-01-01"));
    }

    @Test
    void theFirstCertificationOfALearnerNeverCertifiedIsEmpty() {
        Evaluator e = averaged(Attainment.AVERAGE);
        Evidence evidence = learner().attempt("q", 2, "2026-01-01");
        assertThat(e.firstCertified(evidence.id(), evidence.records(), t("2027-06-01"))).isEmpty();
        assertThat(e.certifiedSince(evidence.id(), evidence.records(), t("2027-06-01"))).isEmpty();
    }
}
