package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.RandomEvidence.Spec;
import java.time.Instant;
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
        CertificationResult now = e.evaluate(L, records, hours(asOf)).certification();
        Statistics.label("certified with expiresAt").collect(now.certified() && now.expiresAt() != null);
        Statistics.label("certified with expiresAt").coverage(c -> c.check(true).count((Integer n) -> n > 0));
        if (now.certified() && now.expiresAt() != null) {
            assertThat(e.evaluate(L, records, now.expiresAt().minusNanos(1)).certification().certified()).isTrue();
            assertThat(e.evaluate(L, records, now.expiresAt()).certification().certified()).isFalse();
        }
    }

    @Property(tries = 300)
    void aLearnerIsLapsedExactlyWhenTheCurriculumWithoutExpiryWouldCertifyThem(@ForAll("anyTimes") List<Spec> specs,
            @ForAll("methods") Attainment attainment, @ForAll @IntRange(max = 30_000) int asOf) {
        List<EvidenceRecord> records = RandomEvidence.records(L, specs);
        CertificationResult actual = evaluator(attainment).evaluate(L, records, hours(asOf)).certification();
        CertificationResult timeless = RandomEvidence.evaluator(attainment, false).evaluate(L, records, hours(asOf))
                .certification();
        Statistics.label("status").collect(actual.status());
        Statistics.label("status").coverage(c -> {
            c.check(CertificationStatus.LAPSED).count((Integer n) -> n > 0);
            c.check(CertificationStatus.CERTIFIED).count((Integer n) -> n > 0);
        });
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
