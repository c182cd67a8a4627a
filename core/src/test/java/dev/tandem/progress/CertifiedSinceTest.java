package dev.tandem.progress;

import static dev.tandem.progress.Evidence.learner;
import static dev.tandem.progress.Evidence.t;
import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When a certified learner reached the certification: the start of the current certified stretch. */
class CertifiedSinceTest {

    /**
     * Modules intro (no assessments) and skills (quiz q, valid 2 years, awards c proficient); quiz e awards
     * ethics proficient and never expires. Certification: all modules, ethics and c at proficient, 10
     * practice hours within a year.
     */
    private static final Evaluator E = curriculum().competency("c").competency("ethics").module("intro")
            .module("skills", "intro")
            .assessment(quiz("q", "c", "proficient").module("skills").validFor(Period.ofYears(2)).build())
            .assessment(quiz("e", "ethics", "proficient").build())
            .requireAllModules().require("ethics", "proficient").require("c", "proficient")
            .requirePractice(10, Period.ofYears(1)).evaluator();

    /** Certified first on 2026-04-01 (the last practice hours); the practice of 2026-03-01 expires 2027-03-01. */
    private static Evidence complete() {
        return learner().completion("intro", "2026-01-01").attempt("e", 9, "2026-01-15").attempt("q", 9, "2026-02-01")
                .practice(6, "2026-03-01").practice(4, "2026-04-01");
    }

    private static Optional<Instant> since(Evidence evidence, String asOf) {
        return E.certifiedSince(evidence.id(), evidence.records(), t(asOf));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("reached with the last missing record", e -> e, "2026-05-01", "2026-04-01"),
                row("evaluated exactly at the reaching record", e -> e, "2026-04-01", "2026-04-01"),
                row("later records inside the stretch do not move it", e -> e.practice(2, "2026-06-01")
                        .attempt("q", 10, "2026-07-01"), "2026-08-01", "2026-04-01"),
                row("renewed before the practice expired: one stretch", e -> e.practice(10, "2027-02-15"),
                        "2027-07-01", "2026-04-01"),
                row("renewed at the very instant of expiry: one stretch", e -> e.practice(10, "2027-03-01"),
                        "2027-07-01", "2026-04-01"),
                row("renewed one second after expiry: the later reaching", e -> e.practice(10,
                        "2027-03-01T00:00:01Z"), "2027-07-01", "2027-03-01T00:00:01Z"),
                row("lapsed for months, then certified again: the later reaching", e -> e.practice(4, "2027-05-01")
                        .practice(6, "2027-06-01"), "2027-07-01", "2027-06-01"),
                row("records after the evaluation instant are ignored", e -> e.practice(10, "2027-06-01"),
                        "2026-05-01", "2026-04-01"));
    }

    private static Arguments row(String name, UnaryOperator<Evidence> more, String asOf, String expected) {
        return Arguments.of(name, more, asOf, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theStartOfTheCurrentCertifiedStretch(String name, UnaryOperator<Evidence> more, String asOf,
            String expected) {
        Evidence evidence = more.apply(complete());
        assertThat(since(evidence, asOf)).contains(t(expected));
        // the definition, checked directly: certified at the start and at asOf, not just before the start
        Instant start = t(expected);
        assertThat(evidence.evaluate(E, expected).certification().orElseThrow().certified()).isTrue();
        assertThat(E.evaluate(evidence.id(), evidence.records(), start.minusNanos(1)).certification().orElseThrow().certified())
                .isFalse();
    }

    @Test
    void aLearnerNotYetCertifiedHasNoDate() {
        assertThat(since(complete(), "2026-03-15")).isEmpty();
    }

    @Test
    void aLapsedLearnerHasNoDate() {
        assertThat(since(complete(), "2027-03-01")).isEmpty();
    }

    @Test
    void aLearnerWithoutRecordsHasNoDate() {
        assertThat(since(learner(), "2026-05-01")).isEmpty();
    }

    @Test
    void aCurriculumWithoutCertificationGivesNoDate() {
        Evaluator plain = curriculum().competency("c").assessment(quiz("q", "c", "proficient").build()).evaluator();
        Evidence evidence = learner().attempt("q", 9, "2026-01-01");
        assertThat(plain.certifiedSince(evidence.id(), evidence.records(), t("2026-02-01"))).isEmpty();
    }

    @Test
    void aNewerFailingAttemptUnderLatestAttainmentInterruptsTheStretch() {
        Evaluator latest = curriculum().attainment(Attainment.LATEST).competency("c").module("skills")
                .assessment(quiz("q", "c", "proficient").module("skills").build())
                .requireAllModules().require("c", "proficient").evaluator();
        Evidence evidence = learner().attempt("q", 9, "2026-01-01").attempt("q", 2, "2026-02-01")
                .attempt("q", 9, "2026-03-01");
        assertThat(evidence.evaluate(latest, "2026-02-15").certification().orElseThrow().certified()).isFalse();
        assertThat(latest.certifiedSince(evidence.id(), evidence.records(), t("2026-04-01"))).contains(t("2026-03-01"));
    }

    @Test
    void recordsAtTheSameInstantCountTogether() {
        Evidence evidence = learner().completion("intro", "2026-01-01").attempt("e", 9, "2026-01-15")
                .attempt("q", 9, "2026-02-01").practice(5, "2026-03-01").practice(5, "2026-03-01");
        assertThat(since(evidence, "2026-05-01")).contains(t("2026-03-01"));
    }

    @Test
    void theCohortGivesTheSameDateAsTheSingleLearnerEntryPoint() {
        Evidence evidence = complete().practice(4, "2027-05-01").practice(6, "2027-06-01");
        Cohort cohort = E.cohort(evidence.records());
        assertThat(cohort.certifiedSince(evidence.id(), t("2027-07-01"))).isEqualTo(since(evidence, "2027-07-01"));
        assertThat(cohort.certifiedSince(evidence.id(), t("2026-05-01"))).contains(t("2026-04-01"));
    }

    @Test
    void callerMistakesThrowAtOnce() {
        Evidence evidence = complete();
        assertThatThrownBy(() -> E.certifiedSince(LearnerId.of("L-002"), evidence.records(), t("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> E.cohort(evidence.records()).certifiedSince(LearnerId.of("L-404"), t("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> E.certifiedSince(evidence.id(), evidence.records(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
