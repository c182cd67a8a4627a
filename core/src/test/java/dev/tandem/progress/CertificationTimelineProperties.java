package dev.tandem.progress;

import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.Assessment;
import dev.tandem.assessment.AssessmentId;
import dev.tandem.assessment.AssessmentKind;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.competency.Attainment;
import dev.tandem.competency.CompetencyId;
import dev.tandem.competency.Rollup;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.training.ModuleId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The first instant of certification ({@link Evaluator#firstCertified}) and the start of the current certified
 * stretch ({@link Evaluator#certifiedSince}), computed in one sweep, against a brute-force oracle: the learner
 * evaluated at every instant at which anything can change (each record instant, each instant at which an
 * attempt, practice or education record stops counting, each of those plus the continuing-education period)
 * and one nanosecond either side of each, counting only the evidence up to that instant. Curricula are
 * generated over every attainment method (per competency), both roll-up rules, validity windows,
 * {@code max-attempts}, practice with and without a window and renewal with continuing education.
 */
class CertificationTimelineProperties {

    private static final LearnerId L = LearnerId.of("L-001");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration NANO = Duration.ofNanos(1);
    private static final List<Attainment> METHODS = RandomEvidence.METHODS;
    private static final List<Period> VALIDITY = Arrays.asList(null, Period.ofDays(45), Period.ofMonths(6),
            Period.ofYears(1));

    /**
     * A curriculum to be: competency p with children a and b (roll-up {@code all}, or points where either
     * child suffices), leaf x, each with its own method (an index into {@link #METHODS}); quiz qa on a (module
     * m1, validity qaValid, at most 2 failures in a row when limited), banded observation qb on b (module
     * m2), quiz qp on p at developing (m2), banded observation qx on x and a (no module); module m3 without
     * assessments. Certification: every module, p and x at proficient, practice (0 none, 1 10 h, 2 10 h
     * within 6 months), renewal (0 none, 1 6 h of education within 6 months, 2 6 h within a year with 2 of
     * ethics).
     */
    record Shape(List<Integer> methods, List<Integer> validity, boolean points, boolean limited, int practice,
            int renewal) {

        Period educationWithin() {
            return renewal == 0 ? null : renewal == 1 ? Period.ofMonths(6) : Period.ofYears(1);
        }

        Period validFor(String assessment) {
            return switch (assessment) {
                case "qa" -> VALIDITY.get(validity.get(0));
                case "qb" -> VALIDITY.get(validity.get(1));
                case "qx" -> VALIDITY.get(validity.get(2));
                default -> null;
            };
        }

        Period practiceWithin() {
            return practice == 2 ? Period.ofMonths(6) : null;
        }

        Evaluator evaluator() {
            Rollup rollup = points ? new Rollup.Points(BigDecimal.ONE,
                    Map.of(CompetencyId.of("b"), new Rollup.ChildPoints(BigDecimal.ONE, false))) : null;
            Assessment.Builder qa = quiz("qa", "a", "proficient").module("m1").validFor(validFor("qa"));
            if (limited) {
                qa.maxAttempts(2);
            }
            TestCurricula c = curriculum().competency("p", null, METHODS.get(methods.get(0)), rollup)
                    .competency("a", "p", METHODS.get(methods.get(1)), null)
                    .competency("b", "p", METHODS.get(methods.get(2)), null)
                    .competency("x", null, METHODS.get(methods.get(3)), null)
                    .module("m1").module("m2", "m1").module("m3")
                    .assessment(qa.build())
                    .assessment(banded("qb", "b").module("m2").validFor(validFor("qb")).build())
                    .assessment(quiz("qp", "p", "developing").module("m2").build())
                    .assessment(banded("qx", "x").measures("a").validFor(validFor("qx")).build())
                    .requireAllModules().require("p", "proficient").require("x", "proficient");
            if (practice > 0) {
                c.requirePractice(10, practiceWithin());
            }
            if (renewal > 0) {
                c.renewal(new Renewal(Period.ofDays(30), new ContinuingEducation(6, educationWithin(),
                        renewal == 2 ? Map.of(TopicId.of("ethics"), 2.0) : Map.of())));
            }
            return c.evaluator();
        }

        private static Assessment.Builder banded(String id, String competency) {
            return Assessment.builder(id, "Observation " + id, AssessmentKind.OBSERVATION).scores(10, 8)
                    .measures(competency).band(0.4, "developing").band(0.7, "proficient").band(0.9, "advanced");
        }
    }

    /**
     * A record to be: kind (0 qa, 1 qb, 2 qp, 3 qx, 4 completion of m3, 5 practice, 6 education, of ethics
     * when the value is even), a value 0..10 (score, or hours: at least 1) and its day after {@link #BASE}
     * (with an hour, to make ties likely but not certain).
     */
    record Spec(int kind, int value, int day, int hour) {
        Instant at() {
            return BASE.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
        }

        EvidenceRecord record() {
            String[] quizzes = {"qa", "qb", "qp", "qx"};
            double hours = Math.max(1, value);
            return switch (kind) {
                case 0, 1, 2, 3 -> EvidenceRecord.Attempt.scored(L, AssessmentId.of(quizzes[kind]), value, at());
                case 4 -> new EvidenceRecord.Completion(L, ModuleId.of("m3"), at(), null);
                case 5 -> new EvidenceRecord.Practice(L, hours, at(), null);
                default -> new EvidenceRecord.Education(L, hours, value % 2 == 0 ? TopicId.of("ethics") : null, at(),
                        null);
            };
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Combinators.combine(Arbitraries.integers().between(0, METHODS.size() - 1).list().ofSize(4),
                Arbitraries.integers().between(0, VALIDITY.size() - 1).list().ofSize(3), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
                .as(Shape::new);
    }

    private static Arbitrary<Spec> specs(int firstDay, int lastDay) {
        return Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(0, 10)),
                        Tuple.of(3, Arbitraries.integers().between(7, 10))),
                Arbitraries.integers().between(firstDay, lastDay), Arbitraries.of(0, 0, 12)).as(Spec::new);
    }

    /** {@return evidence with a pass at everything within a few months, mixed with random records} */
    @Provide
    Arbitrary<List<Spec>> evidence() {
        Arbitrary<List<Spec>> passes = Arbitraries.integers().between(0, 60).list().ofSize(7).map(d -> List.of(
                new Spec(0, 9, d.get(0), 0), new Spec(1, 10, d.get(1), 0), new Spec(2, 9, d.get(2), 0),
                new Spec(3, 10, d.get(3), 0), new Spec(4, 0, d.get(4), 0), new Spec(5, 10, d.get(5), 0),
                new Spec(6, 6, d.get(6), 0)));
        // a low attempt at every assessment first: under an average, levels rise when the low ones expire
        Arbitrary<List<Spec>> lows = Arbitraries.integers().between(0, 30).list().ofSize(4).map(d -> List.of(
                new Spec(0, 2, d.get(0), 0), new Spec(1, 3, d.get(1), 0), new Spec(2, 1, d.get(2), 0),
                new Spec(3, 2, d.get(3), 0)));
        Arbitrary<List<Spec>> noise = specs(0, 900).list().ofMaxSize(12);
        return Arbitraries.oneOf(Combinators.combine(passes, noise).as(CertificationTimelineProperties::join),
                Combinators.combine(lows, passes.map(p -> p.stream().map(x -> new Spec(x.kind(), x.value(),
                        x.day() + 31, x.hour())).toList()), noise).as(CertificationTimelineProperties::join),
                specs(0, 900).list().ofMaxSize(20));
    }

    @SafeVarargs
    private static List<Spec> join(List<Spec>... parts) {
        List<Spec> all = new ArrayList<>();
        for (List<Spec> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static Instant plus(Instant t, Period period) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC).plus(period).toInstant(ZoneOffset.UTC);
    }

    /** {@return every instant at which the certification can change, then those one nanosecond either side} */
    private static TreeSet<Instant> grid(Shape shape, List<Spec> specs, Instant asOf) {
        TreeSet<Instant> points = new TreeSet<>();
        for (Spec s : specs) {
            points.add(s.at());
            Period window = switch (s.kind()) {
                case 0 -> shape.validFor("qa");
                case 1 -> shape.validFor("qb");
                case 3 -> shape.validFor("qx");
                case 5 -> shape.practiceWithin();
                case 6 -> shape.educationWithin();
                default -> null;
            };
            if (window != null) {
                points.add(plus(s.at(), window));
            }
        }
        if (shape.educationWithin() != null) {
            for (Instant p : new ArrayList<>(points)) {
                points.add(plus(p, shape.educationWithin())); // t0 + within, t0 being any of them
            }
        }
        points.add(asOf);
        TreeSet<Instant> grid = new TreeSet<>();
        for (Instant p : points) {
            for (Instant g : List.of(p.minus(NANO), p, p.plus(NANO))) {
                if (!g.isAfter(asOf)) {
                    grid.add(g);
                }
            }
        }
        return grid;
    }

    /** {@return true when the continuing-education hours counted at t meet the requirement (FORMAT 13.3)} */
    private static boolean educationHoursMet(Shape shape, List<Spec> specs, Instant t) {
        double total = 0;
        double ethics = 0;
        for (Spec s : specs) {
            if (s.kind() == 6 && !s.at().isAfter(t) && plus(s.at(), shape.educationWithin()).isAfter(t)) {
                double hours = Math.max(1, s.value());
                total += hours;
                ethics += s.value() % 2 == 0 ? hours : 0;
            }
        }
        return total >= 6 && (shape.renewal() != 2 || ethics >= 2);
    }

    @Property(tries = 400)
    void theSweepAgreesWithEvaluatingAtEveryInstantThatCanMatter(@ForAll("shapes") Shape shape,
            @ForAll("evidence") List<Spec> specs, @ForAll @IntRange(min = 0, max = 1100 * 2) int halfDays) {
        Evaluator e = shape.evaluator();
        List<EvidenceRecord> records = specs.stream().map(Spec::record).toList();
        Instant asOf = BASE.plus(Duration.ofHours(12L * halfDays));
        Instant first = null;
        Instant t0 = null;
        List<Instant> certifiedAt = new ArrayList<>();
        List<Boolean> certified = new ArrayList<>();
        for (Instant g : grid(shape, specs, asOf)) {
            CertificationResult c = e.evaluate(L, records, g).certification().orElseThrow();
            // the requirements of 6.5 hold when nothing but continuing education is missing
            boolean base = c.missing().stream().allMatch(m -> m instanceof Missing.ContinuingEducation);
            if (base && t0 == null) {
                t0 = g;
            }
            if (shape.educationWithin() != null) {
                boolean education = t0 == null || g.isBefore(plus(t0, shape.educationWithin()))
                        || educationHoursMet(shape, specs, g);
                assertThat(c.certified()).as("certified at %s (t0 %s)", g, t0).isEqualTo(base && education);
            }
            if (c.certified() && first == null) {
                first = g;
            }
            certifiedAt.add(g);
            certified.add(c.certified());
        }
        Instant since = null;
        for (int k = certified.size() - 1; k >= 0 && certified.get(k); k--) {
            since = certifiedAt.get(k);
        }
        Optional<Instant> sweptSince = e.certifiedSince(L, records, asOf);
        Optional<Instant> sweptFirst = e.firstCertified(L, records, asOf);
        Statistics.label("certified at asOf").collect(since != null);
        Statistics.label("first certification at a record instant").collect(first == null ? "never"
                : specs.stream().anyMatch(s -> s.at().equals(sweptFirst.orElse(null))));

        assertThat(sweptFirst).as("first certification").isEqualTo(Optional.ofNullable(first));
        assertThat(sweptSince).as("start of the current stretch").isEqualTo(Optional.ofNullable(since));
        Cohort cohort = e.cohort().addAll(records).include(L).build();
        assertThat(cohort.firstCertified(L, asOf)).isEqualTo(sweptFirst);
        assertThat(cohort.certifiedSince(L, asOf)).isEqualTo(sweptSince);
    }
}
