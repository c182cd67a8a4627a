package dev.tandem.progress;

import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.policy;
import static dev.tandem.progress.TestCurricula.quiz;
import static dev.tandem.progress.TestCurricula.scenario;
import static dev.tandem.progress.TestCurricula.vignette;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.assessment.VignetteId;
import dev.tandem.competency.Attainment;
import dev.tandem.escalation.TierId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random evidence over a curriculum that exercises every rule: parent p with children a and b, a scenario
 * competency s; a limited, expiring quiz on a (module m1), an expiring banded observation on b and a quiz on
 * p (module m2, requires m1), a scenario on s, a module m3 without assessments; a certification requiring
 * every module, p and s at proficient and 10 practice hours within a year.
 */
final class RandomEvidence {

    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    static final List<String> TIERS = List.of("continue", "consult", "refer", "emergency");
    static final int KINDS = 7;
    /** Offsets are in hours, over about three years. */
    static final int MAX_OFFSET = 3 * 365 * 24;

    /** n-mastery with n = 2. */
    static final Attainment N_MASTERY = Attainment.nMastery(2);
    /** Every attainment method, one of each. */
    static final List<Attainment> METHODS = List.of(Attainment.BEST, Attainment.LATEST, Attainment.AVERAGE,
            Attainment.decayingAverage(new java.math.BigDecimal("0.65")), N_MASTERY);

    private RandomEvidence() {
    }

    static Evaluator evaluator() {
        return evaluator(Attainment.BEST);
    }

    static Evaluator evaluator(Attainment attainment) {
        return evaluator(attainment, true);
    }

    /** {@return the evaluator; without expiry, the same curriculum with no valid-for and no within} */
    static Evaluator evaluator(Attainment attainment, boolean expiring) {
        Assessment.Builder observation = Assessment.builder("qb", "Observation", AssessmentKind.OBSERVATION)
                .scores(10, 8).module("m2").measures("b").band(0.4, "developing").band(0.7, "proficient")
                .band(0.9, "advanced");
        Assessment.Builder qa = quiz("qa", "a", "proficient").module("m1").maxAttempts(2);
        Assessment.Builder triage = scenario("triage", "s", "proficient", vignette("v1", "ideation"), vignette("v2"),
                vignette("v3", "distress"), vignette("v4", "ideation", "intent")).passScore(3);
        if (expiring) {
            observation.validFor(Period.ofMonths(6));
            qa.validFor(Period.ofYears(1));
            triage.validFor(Period.ofYears(2));
        }
        return curriculum().attainment(attainment).policy(policy()).competency("p").competency("a", "p")
                .competency("b", "p").competency("s").module("m1").module("m2", "m1").module("m3")
                .assessment(qa.build())
                .assessment(observation.build())
                .assessment(quiz("qp", "p", "developing").module("m2").build())
                .assessment(triage.build())
                .requireAllModules().require("p", "proficient").require("s", "proficient")
                .requirePractice(10, expiring ? Period.ofYears(1) : null).evaluator();
    }

    /**
     * One record to be: its kind (0 qa, 1 qb, 2 qp, 3 triage, 4 completion of m3, 5 completion of m1,
     * 6 practice), a value 0..10 (score, or hours / 2), the scenario responses (base-5 digits, 4 = missing)
     * and its offset from {@link #BASE} in hours.
     */
    record Spec(int kind, int value, int responses, int offset) {

        EvidenceRecord toRecord(LearnerId learner) {
            Instant at = BASE.plusSeconds(offset * 3600L);
            return switch (kind) {
                case 0 -> EvidenceRecord.Attempt.scored(learner, AssessmentId.of("qa"), value, at);
                case 1 -> EvidenceRecord.Attempt.scored(learner, AssessmentId.of("qb"), value, at);
                case 2 -> EvidenceRecord.Attempt.scored(learner, AssessmentId.of("qp"), value, at);
                case 3 -> new EvidenceRecord.Attempt(learner, AssessmentId.of("triage"), null, responseMap(), at, null);
                case 4 -> new EvidenceRecord.Completion(learner, ModuleId.of("m3"), at, null);
                case 5 -> new EvidenceRecord.Completion(learner, ModuleId.of("m1"), at, null);
                default -> new EvidenceRecord.Practice(learner, value / 2.0, at, null);
            };
        }

        private Map<VignetteId, TierId> responseMap() {
            Map<VignetteId, TierId> map = new LinkedHashMap<>();
            int code = responses;
            for (int v = 1; v <= 4; v++) {
                int digit = code % 5;
                code /= 5;
                if (digit < 4) {
                    map.put(VignetteId.of("v" + v), TierId.of(TIERS.get(digit)));
                }
            }
            return map;
        }
    }

    /** The scenario responses that match every expected tier (refer, continue, consult, emergency). */
    static final int ALL_EXPECTED = 2 + 0 * 5 + 1 * 25 + 3 * 125;

    /** {@return specs biased towards passing, so that certification is reached often enough to matter} */
    static Arbitrary<Spec> specs() {
        return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 10)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(8, 10))),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 624)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(ALL_EXPECTED))),
                Arbitraries.integers().between(0, MAX_OFFSET)).as(Spec::new);
    }

    /**
     * {@return evidence that certifies when it all lies within a few months (a pass at every assessment, the
     * module without assessments, 10 practice hours), spread over time and mixed with random records}
     */
    static Arbitrary<List<Spec>> certifiable() {
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, MAX_OFFSET);
        Arbitrary<Integer> near = Arbitraries.integers().between(0, 2000);
        return Combinators.combine(offset, near.list().ofSize(7), specs().list().ofMaxSize(10)).as((start, d, noise) -> {
            List<Spec> specs = new ArrayList<>(List.of(new Spec(0, 9, 0, start + d.get(0)),
                    new Spec(1, 10, 0, start + d.get(1)), new Spec(2, 8, 0, start + d.get(2)),
                    new Spec(3, 0, ALL_EXPECTED, start + d.get(3)), new Spec(4, 0, 0, start + d.get(4)),
                    new Spec(6, 10, 0, start + d.get(5)), new Spec(6, 10, 0, start + d.get(6))));
            specs.addAll(noise);
            return specs;
        });
    }

    /** {@return lists of specs with pairwise distinct instants} */
    static Arbitrary<List<Spec>> distinctTimes() {
        return specs().list().ofMaxSize(25).uniqueElements(Spec::offset);
    }

    static List<EvidenceRecord> records(LearnerId learner, List<Spec> specs) {
        return specs.stream().map(s -> s.toRecord(learner)).toList();
    }

    /** {@return a cohort's records, learners interleaved, from a seeded generator} */
    static List<EvidenceRecord> cohort(int learners, int recordsPerLearner, long seed) {
        Random random = new Random(seed);
        List<EvidenceRecord> records = new ArrayList<>();
        for (int r = 0; r < recordsPerLearner; r++) {
            for (int l = 0; l < learners; l++) {
                Spec spec = new Spec(random.nextInt(KINDS), random.nextInt(11), random.nextInt(625),
                        random.nextInt(MAX_OFFSET / 24) * 24);
                records.add(spec.toRecord(LearnerId.of(String.format("L-%05d", l))));
            }
        }
        return records;
    }
}
