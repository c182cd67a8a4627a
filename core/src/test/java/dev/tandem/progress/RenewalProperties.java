package dev.tandem.progress;

import static dev.tandem.progress.TestCurricula.curriculum;
import static dev.tandem.progress.TestCurricula.quiz;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.assessment.AssessmentId;
import dev.tandem.certification.ContinuingEducation;
import dev.tandem.certification.Renewal;
import dev.tandem.certification.TopicId;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of renewal with continuing education over random quiz attempts and education records. */
class RenewalProperties {

    private static final LearnerId L = LearnerId.of("L-001");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> TOPICS = List.of("", "ethics", "first-aid");
    private static final Evaluator E = evaluator(Period.ofYears(1));
    /** The same, with attempts valid for longer than the first period of continuing education. */
    private static final Evaluator E_LONGER = evaluator(Period.ofYears(2));

    /** The same requirements as if nothing expired: no valid-for, no continuing education (which never expires). */
    private static final Evaluator TIMELESS = curriculum().competency("c")
            .assessment(quiz("q", "c", "proficient").build()).require("c", "proficient").evaluator();

    private static Evaluator evaluator(Period validFor) {
        return curriculum().competency("c")
                .assessment(quiz("q", "c", "proficient").validFor(validFor).build()).require("c", "proficient")
                .renewal(new Renewal(Period.ofDays(90), new ContinuingEducation(10, Period.ofYears(1),
                        Map.of(TopicId.of("ethics"), 3.0))))
                .evaluator();
    }

    /** A record to be: a quiz attempt (topic -1) scored 0..10, or education of 1..6 hours in a topic; days. */
    record Spec(int topic, int value, int day) {
        EvidenceRecord record() {
            Instant at = BASE.plusSeconds(day * 86_400L);
            if (topic < 0) {
                return EvidenceRecord.Attempt.scored(L, AssessmentId.of("q"), value, at);
            }
            String name = TOPICS.get(topic);
            return new EvidenceRecord.Education(L, value, name.isEmpty() ? null : TopicId.of(name), at, null);
        }
    }

    @Provide
    Arbitrary<Spec> education() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 1500)).as(Spec::new);
    }

    @Provide
    Arbitrary<List<Spec>> evidence() {
        Arbitrary<Spec> attempt = Combinators.combine(Arbitraries.just(-1), Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 1500)).as(Spec::new);
        return Arbitraries.oneOf(attempt, education()).list().ofMaxSize(20);
    }

    /** Evidence with more passing attempts and fewer education records: lapsed both ways more often. */
    @Provide
    Arbitrary<List<Spec>> fewerHours() {
        Arbitrary<Spec> attempt = Combinators.combine(Arbitraries.just(-1), Arbitraries.integers().between(6, 10),
                Arbitraries.integers().between(0, 1500)).as(Spec::new);
        return Arbitraries.frequencyOf(Tuple.of(2, attempt), Tuple.of(1, education())).list().ofMaxSize(12);
    }

    private static List<EvidenceRecord> records(List<Spec> specs) {
        return specs.stream().map(Spec::record).toList();
    }

    @Property(tries = 300)
    void addingEducationHoursNeverUncertifies(@ForAll("evidence") List<Spec> specs, @ForAll("education") Spec more,
            @ForAll @IntRange(max = 1600) int asOf) {
        Instant t = BASE.plusSeconds(asOf * 86_400L);
        List<Spec> added = new ArrayList<>(specs);
        added.add(more);
        if (E.evaluate(L, records(specs), t).certification().orElseThrow().certified()) {
            assertThat(E.evaluate(L, records(added), t).certification().orElseThrow().certified()).isTrue();
        }
    }

    @Property(tries = 300)
    void theOrderOfRecordsAtDistinctInstantsChangesNothing(@ForAll("evidence") List<Spec> specs, @ForAll long seed,
            @ForAll @IntRange(max = 1600) int asOf) {
        List<Spec> distinct = specs.stream().filter(s -> specs.stream().filter(o -> o.day() == s.day()).count() == 1)
                .toList();
        List<EvidenceRecord> shuffled = new ArrayList<>(records(distinct));
        Collections.shuffle(shuffled, new Random(seed));
        Instant t = BASE.plusSeconds(asOf * 86_400L);
        assertThat(E.evaluate(L, shuffled, t)).isEqualTo(E.evaluate(L, records(distinct), t));
    }

    @Property(tries = 500)
    void aLearnerIsLapsedExactlyWhenTheRequirementsWithoutExpiryAndEducationWouldHold(
            @ForAll("fewerHours") List<Spec> specs, @ForAll @IntRange(max = 1600) int asOf, @ForAll boolean longer) {
        Instant t = BASE.plusSeconds(asOf * 86_400L);
        LearnerProgress progress = (longer ? E_LONGER : E).evaluate(L, records(specs), t);
        CertificationResult actual = progress.certification().orElseThrow();
        boolean timeless = TIMELESS.evaluate(L, records(specs), t).certification().orElseThrow().certified();
        boolean expired = progress.attempts().stream().anyMatch(a -> !a.ignored() && !a.valid());
        Statistics.label("status, and an attempt expired").collect(actual.status(), expired);
        Statistics.label("status, and an attempt expired").coverage(c -> {
            c.check(CertificationStatus.LAPSED, true).count((Integer n) -> n > 0);
            c.check(CertificationStatus.LAPSED, false).count((Integer n) -> n > 0);
            c.check(CertificationStatus.IN_PROGRESS, true).count((Integer n) -> n > 0);
            c.check(CertificationStatus.IN_PROGRESS, false).count((Integer n) -> n > 0);
        });
        assertThat(actual.status() == CertificationStatus.LAPSED).isEqualTo(!actual.certified() && timeless);
    }

    @Property(tries = 200)
    void aCertificationHoldsUntilJustBeforeItsExpiresAtAndNotAtIt(@ForAll("evidence") List<Spec> specs,
            @ForAll @IntRange(max = 1600) int asOf) {
        Instant t = BASE.plusSeconds(asOf * 86_400L);
        List<EvidenceRecord> known = records(specs.stream().filter(s -> s.day() <= asOf).toList());
        CertificationResult now = E.evaluate(L, known, t).certification().orElseThrow();
        if (now.certified() && now.expiresAt() != null) {
            assertThat(E.evaluate(L, known, now.expiresAt().minusNanos(1)).certification().orElseThrow().certified()).isTrue();
            assertThat(E.evaluate(L, known, now.expiresAt()).certification().orElseThrow().certified()).isFalse();
        }
    }
}
