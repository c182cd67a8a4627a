package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.competency.Attainment;
import dev.tandem.evidence.EvidenceRecord;
import dev.tandem.evidence.LearnerId;
import dev.tandem.progress.RandomEvidence.Spec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Evaluator#certifiedSince} against its definition, checked by plain evaluations. Records lie on whole
 * hours and every validity window is a period, so the status is constant on each hour: "just before t" is
 * {@code t - 1h}, and a learner is certified throughout a record-free stretch exactly when certified at its
 * last hour.
 */
class CertifiedSinceProperties {

    private static final LearnerId L = LearnerId.of("L-001");
    private static final Duration HOUR = Duration.ofHours(1);

    @Provide
    Arbitrary<List<Spec>> evidence() {
        return Arbitraries.oneOf(RandomEvidence.certifiable(), RandomEvidence.specs().list().ofMaxSize(20));
    }

    @Provide
    Arbitrary<Attainment> attainment() {
        return Arbitraries.of(Attainment.BEST, Attainment.LATEST);
    }

    private static boolean certifiedAt(Evaluator e, List<EvidenceRecord> records, Instant t) {
        return e.evaluate(L, records, t).certification().certified();
    }

    @Property(tries = 300)
    void theDateStartsAStretchThatLastsUntilAsOfAndIsNotPrecededByCertification(
            @ForAll("evidence") List<Spec> specs, @ForAll("attainment") Attainment attainment,
            @ForAll @IntRange(min = -500, max = 9000) int hoursAfterLastRecord) {
        Evaluator e = RandomEvidence.evaluator(attainment);
        List<EvidenceRecord> records = RandomEvidence.records(L, specs);
        int last = specs.stream().mapToInt(Spec::offset).max().orElse(0);
        Instant asOf = RandomEvidence.BASE.plus(HOUR.multipliedBy(Math.max(0, last + hoursAfterLastRecord)));
        Optional<Instant> since = e.certifiedSince(L, records, asOf);
        Statistics.label("certified").collect(since.isPresent());

        assertThat(since.isPresent()).isEqualTo(certifiedAt(e, records, asOf));
        if (since.isEmpty()) {
            return;
        }
        Instant s = since.get();
        assertThat(s).isBeforeOrEqualTo(asOf);
        assertThat(records).anyMatch(r -> r.at().equals(s));
        assertThat(certifiedAt(e, records, s.minus(HOUR))).as("certified just before the date").isFalse();
        TreeSet<Instant> instants = new TreeSet<>();
        records.stream().map(EvidenceRecord::at).filter(t -> !t.isBefore(s) && !t.isAfter(asOf)).forEach(instants::add);
        instants.add(asOf);
        Instant previous = null;
        for (Instant t : instants) {
            if (previous != null) {
                assertThat(certifiedAt(e, records, t.minus(HOUR))).as("certified just before %s", t).isTrue();
            }
            assertThat(certifiedAt(e, records, t)).as("certified at %s", t).isTrue();
            previous = t;
        }
    }
}
