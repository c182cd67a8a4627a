package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.RandomEvidence.Spec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of evaluation over random evidence (see {@link RandomEvidence} for the curriculum). */
class EvaluatorProperties {

    private static final LearnerId L = LearnerId.of("L-001");
    private static final Evaluator BEST = RandomEvidence.evaluator(Attainment.BEST);
    private static final Map<Attainment, Evaluator> EVALUATORS = RandomEvidence.METHODS.stream()
            .collect(Collectors.toMap(m -> m, RandomEvidence::evaluator));

    private static Evaluator evaluator(Attainment attainment) {
        return EVALUATORS.get(attainment);
    }

    /** Every attainment method. */
    @Provide
    Arbitrary<Attainment> methods() {
        return Arbitraries.of(RandomEvidence.METHODS);
    }

    /** The methods under which a level can only fall as time passes: best, latest, n-mastery. */
    @Provide
    Arbitrary<Attainment> fallingMethods() {
        return Arbitraries.of(RandomEvidence.METHODS.stream().filter(Attainment::monotoneInTime).toList());
    }

    private static Instant hours(int offset) {
        return RandomEvidence.BASE.plusSeconds(offset * 3600L);
    }

    private static int rank(String level) {
        return level == null ? -1 : TestCurricula.LEVELS.indexOf(level);
    }

    /** {@return the records of the specs at or before the offset: the evidence known at that instant} */
    private static List<EvidenceRecord> knownAt(List<Spec> specs, int offset) {
        return RandomEvidence.records(L, specs.stream().filter(s -> s.offset() <= offset).toList());
    }

    @Provide
    Arbitrary<List<Spec>> distinctTimes() {
        return RandomEvidence.distinctTimes();
    }

    @Provide
    Arbitrary<List<Spec>> anyTimes() {
        return Arbitraries.oneOf(RandomEvidence.specs().list().ofMaxSize(25), RandomEvidence.certifiable());
    }

    /** A passing attempt: a quiz scored 8 to 10, or a scenario answered with every expected tier. */
    @Provide
    Arbitrary<Spec> passingAttempt() {
        Arbitrary<Spec> scored = Combinators.combine(Arbitraries.of(0, 1, 2), Arbitraries.integers().between(8, 10),
                Arbitraries.integers().between(0, RandomEvidence.MAX_OFFSET)).as((k, v, o) -> new Spec(k, v, 0, o));
        Arbitrary<Spec> scenario = Arbitraries.integers().between(0, RandomEvidence.MAX_OFFSET)
                .map(o -> new Spec(3, 0, 2 + 0 * 5 + 1 * 25 + 3 * 125, o));
        return Arbitraries.oneOf(scored, scenario);
    }

    @Provide
    Arbitrary<List<List<Spec>>> distinctTimesAndAPermutation() {
        return RandomEvidence.distinctTimes().flatMap(specs -> Arbitraries.shuffle(specs)
                .map(shuffled -> List.of(specs, shuffled)));
    }

    @Property(tries = 300)
    void shufflingRecordsWithDistinctTimesChangesNothing(
            @ForAll("distinctTimesAndAPermutation") List<List<Spec>> specsAndPermutation,
            @ForAll("methods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf) {
        List<EvidenceRecord> records = RandomEvidence.records(L, specsAndPermutation.get(0));
        List<EvidenceRecord> shuffled = RandomEvidence.records(L, specsAndPermutation.get(1));
        Evaluator e = evaluator(attainment);
        assertThat(e.evaluate(L, shuffled, hours(asOf))).isEqualTo(e.evaluate(L, records, hours(asOf)));
    }

    @Property(tries = 300)
    void addingAPassingAttemptNeverLowersABestLevel(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("passingAttempt") Spec pass, @ForAll @IntRange(max = 25) int position,
            @ForAll @IntRange(max = 30_000) int asOf) {
        List<Spec> more = new ArrayList<>(specs);
        more.add(Math.min(position, more.size()), pass);
        LearnerProgress before = BEST.evaluate(L, RandomEvidence.records(L, specs), hours(asOf));
        LearnerProgress after = BEST.evaluate(L, RandomEvidence.records(L, more), hours(asOf));
        for (int c = 0; c < before.competencies().size(); c++) {
            assertThat(rank(after.competencies().get(c).level()))
                    .as(before.competencies().get(c).competency().value())
                    .isGreaterThanOrEqualTo(rank(before.competencies().get(c).level()));
        }
    }

    @Property(tries = 300)
    void evaluatingLaterWithNoNewEvidenceNeverRaisesALevelNorExtendsItsValidUntil(
            @ForAll("anyTimes") List<Spec> specs, @ForAll("fallingMethods") Attainment attainment,
            @ForAll @IntRange(max = 30_000) int asOf, @ForAll @IntRange(max = 30_000) int later) {
        Evaluator e = evaluator(attainment);
        List<EvidenceRecord> records = knownAt(specs, asOf);
        LearnerProgress now = e.evaluate(L, records, hours(asOf));
        Instant then = hours(asOf + later);
        LearnerProgress after = e.evaluate(L, records, then);
        for (int c = 0; c < now.competencies().size(); c++) {
            CompetencyResult r1 = now.competencies().get(c);
            CompetencyResult r2 = after.competencies().get(c);
            boolean kept = r1.level() != null && (r1.validUntil() == null || then.isBefore(r1.validUntil()));
            if (kept) {
                assertThat(r2.level()).as(r1.competency().value()).isEqualTo(r1.level());
                assertThat(r2.validUntil()).as(r1.competency().value()).isEqualTo(r1.validUntil());
            } else {
                assertThat(rank(r2.level())).as(r1.competency().value()).isLessThan(Math.max(rank(r1.level()), 0));
            }
        }
    }

    @Property(tries = 300)
    void aLevelHoldsJustBeforeItsValidUntilAndNotAtIt(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("fallingMethods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf) {
        Evaluator e = evaluator(attainment);
        List<EvidenceRecord> records = knownAt(specs, asOf);
        LearnerProgress now = e.evaluate(L, records, hours(asOf));
        for (CompetencyResult r : now.competencies()) {
            if (r.validUntil() != null) {
                Instant end = r.validUntil();
                assertThat(e.evaluate(L, records, end.minusNanos(1)).competency(r.competency()).orElseThrow().level())
                        .isEqualTo(r.level());
                assertThat(rank(e.evaluate(L, records, end).competency(r.competency()).orElseThrow().level()))
                        .isLessThan(rank(r.level()));
            }
        }
    }

    @Property(tries = 300)
    void aCertificationHoldsUntilJustBeforeItsExpiresAtAndNotAtIt(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("methods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf) {
        Evaluator e = evaluator(attainment);
        List<EvidenceRecord> records = knownAt(specs, asOf);
        CertificationResult now = e.evaluate(L, records, hours(asOf)).certification().orElseThrow();
        Statistics.label("certified with expiresAt").collect(now.certified() && now.expiresAt() != null);
        Statistics.label("certified with expiresAt").coverage(c -> c.check(true).count((Integer n) -> n > 0));
        if (now.certified() && now.expiresAt() != null) {
            assertThat(e.evaluate(L, records, now.expiresAt().minusNanos(1)).certification().orElseThrow().certified()).isTrue();
            assertThat(e.evaluate(L, records, now.expiresAt()).certification().orElseThrow().certified()).isFalse();
        }
    }

    @Property(tries = 300)
    void aLearnerIsLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertifyThem(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("methods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf) {
        assertLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertify(specs, attainment, asOf);
        Statistics.label("status").coverage(c -> {
            c.check(CertificationStatus.LAPSED).count((Integer n) -> n > 0);
            c.check(CertificationStatus.CERTIFIED).count((Integer n) -> n > 0);
        });
        Statistics.label("lapsed, and what expired").coverage(c -> {
            c.check(true, "an attempt").count((Integer n) -> n > 0);
            c.check(false, "an attempt").count((Integer n) -> n > 0);
            c.check(false, "nothing").count((Integer n) -> n > 0);
        });
    }

    /**
     * Certifiable evidence (a pass at every assessment and the module without assessments within a few months)
     * whose practice hours all lie more than a year before: only practice has expired, unless the random records
     * mixed in change that.
     */
    @Provide
    Arbitrary<List<Spec>> expiredPractice() {
        Arbitrary<Integer> start = Arbitraries.integers().between(9000, RandomEvidence.MAX_OFFSET - 2000);
        Arbitrary<Integer> near = Arbitraries.integers().between(0, 2000);
        Arbitrary<Integer> before = Arbitraries.integers().between(6800, 9000);
        return Combinators.combine(start, near.list().ofSize(5), before.list().ofSize(2),
                RandomEvidence.specs().list().ofMaxSize(4)).as((t, d, p, noise) -> {
                    List<Spec> specs = new ArrayList<>(List.of(new Spec(0, 9, 0, t + d.get(0)),
                            new Spec(1, 10, 0, t + d.get(1)), new Spec(2, 8, 0, t + d.get(2)),
                            new Spec(3, 0, RandomEvidence.ALL_EXPECTED, t + d.get(3)), new Spec(4, 0, 0, t + d.get(4)),
                            new Spec(6, 10, 0, t - p.get(0)), new Spec(6, 10, 0, t - p.get(1))));
                    specs.addAll(noise);
                    return specs;
                });
    }

    @Property(tries = 200)
    void aLearnerWhosePracticeExpiredIsLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertifyThem(
            @ForAll("expiredPractice") List<Spec> specs, @ForAll("methods") Attainment attainment,
            @ForAll @IntRange(max = 500) int after) {
        int asOf = specs.stream().limit(5).mapToInt(Spec::offset).max().orElseThrow() + after;
        assertLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertify(specs, attainment, asOf);
        Statistics.label("lapsed, and what expired").coverage(c -> c.check(true, "practice only")
                .count((Integer n) -> n > 0));
    }

    /**
     * Asserts that the learner is lapsed at asOf exactly when not certified and the same curriculum without
     * valid-for and within would certify them; collects what expired by asOf in the learner's evaluation, so
     * that every way to tell lapsed from in progress is covered.
     */
    private static void assertLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertify(List<Spec> specs,
            Attainment attainment, int asOf) {
        List<EvidenceRecord> records = RandomEvidence.records(L, specs);
        LearnerProgress progress = evaluator(attainment).evaluate(L, records, hours(asOf));
        CertificationResult actual = progress.certification().orElseThrow();
        CertificationResult timeless = RandomEvidence.evaluator(attainment, false).evaluate(L, records, hours(asOf))
                .certification().orElseThrow();
        Statistics.label("status").collect(actual.status());
        boolean attemptExpired = progress.attempts().stream().anyMatch(a -> !a.ignored() && !a.valid());
        boolean practiceExpired = specs.stream().anyMatch(s -> s.kind() == 6 && s.offset() <= asOf
                && !hours(s.offset()).atZone(ZoneOffset.UTC).plusYears(1).toInstant().isAfter(hours(asOf)));
        String expired = attemptExpired ? "an attempt" : practiceExpired ? "practice only" : "nothing";
        Statistics.label("lapsed, and what expired").collect(actual.status() == CertificationStatus.LAPSED, expired);
        assertThat(actual.status() == CertificationStatus.LAPSED)
                .isEqualTo(!actual.certified() && timeless.certified());
    }

    @Property(tries = 300)
    void anyLevelKeepsAtLeastItselfUntilItsValidUntilAndFallsBelowItThere(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("methods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf,
            @ForAll @IntRange(min = 1, max = 1000) int permille) {
        Evaluator e = evaluator(attainment);
        List<EvidenceRecord> records = knownAt(specs, asOf);
        LearnerProgress now = e.evaluate(L, records, hours(asOf));
        for (CompetencyResult r : now.competencies()) {
            if (r.validUntil() != null) {
                Instant end = r.validUntil();
                long span = end.getEpochSecond() - hours(asOf).getEpochSecond();
                Instant between = hours(asOf).plusSeconds(span * (permille - 1) / 1000);
                assertThat(rank(e.evaluate(L, records, between).competency(r.competency()).orElseThrow().level()))
                        .isGreaterThanOrEqualTo(rank(r.level()));
                assertThat(rank(e.evaluate(L, records, end).competency(r.competency()).orElseThrow().level()))
                        .isLessThan(rank(r.level()));
            }
        }
    }

    @Property(tries = 300)
    void addingAPassingAttemptNeverLowersAnNMasteryLevel(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("passingAttempt") Spec pass, @ForAll @IntRange(max = 25) int position,
            @ForAll @IntRange(max = 30_000) int asOf) {
        Evaluator e = evaluator(RandomEvidence.N_MASTERY);
        List<Spec> more = new ArrayList<>(specs);
        more.add(Math.min(position, more.size()), pass);
        LearnerProgress before = e.evaluate(L, RandomEvidence.records(L, specs), hours(asOf));
        LearnerProgress after = e.evaluate(L, RandomEvidence.records(L, more), hours(asOf));
        for (int c = 0; c < before.competencies().size(); c++) {
            assertThat(rank(after.competencies().get(c).level()))
                    .as(before.competencies().get(c).competency().value())
                    .isGreaterThanOrEqualTo(rank(before.competencies().get(c).level()));
        }
    }
}
