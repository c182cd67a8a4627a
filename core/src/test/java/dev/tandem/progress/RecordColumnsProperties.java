package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;

/**
 * Splitting a cohort's records into per-learner logs gives each learner its records in arrival order, whether
 * the logs are slices of shared columns (the usual layout) or arrays of their own (past the shared limit).
 */
class RecordColumnsProperties {

    /** One record as it arrives: its learner and its fields. */
    record Arrival(int learner, int kind, int index, boolean underEscalated, long seconds, int nanos, double value) {
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        Arbitrary<Arrival> arrival = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false),
                Arbitraries.longs().between(-1_000_000_000L, 5_000_000_000L), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.doubles().between(0, 100)).as(Arrival::new);
        // beyond one chunk (16,384 records) now and then, so that records cross chunk boundaries
        return arrival.list().ofMaxSize(40_000).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 40)
    void eachLearnersLogHoldsItsRecordsInArrivalOrderInEitherLayout(@ForAll("arrivals") List<Arrival> arrivals,
            @ForAll @IntRange(min = 12, max = 20) int learnerCount) {
        int[] position = new int[learnerCount];
        for (int i = 0; i < learnerCount; i++) {
            position[i] = learnerCount - 1 - i; // placed in reverse, so position and index differ
        }
        RecordLog[] shared = fill(new RecordColumns(), arrivals).split(learnerCount, position);
        RecordLog[] own = fill(new RecordColumns(-1), arrivals).split(learnerCount, position);

        for (int learner = 0; learner < learnerCount; learner++) {
            List<Arrival> expected = new ArrayList<>();
            for (Arrival a : arrivals) {
                if (a.learner() == learner) {
                    expected.add(a);
                }
            }
            int p = position[learner];
            assertThat(records(learner, shared[p])).isEqualTo(expected);
            assertThat(records(learner, own[p])).isEqualTo(expected);
        }
    }

    @Property(tries = 5)
    void aSliceOfSharedColumnsTakesNoFurtherRecord(@ForAll("arrivals") List<Arrival> arrivals) {
        RecordLog[] logs = fill(new RecordColumns(), arrivals).split(12, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});

        assertThatThrownBy(() -> logs[0].add(0, 0, false, 0, 0, 0)).isInstanceOf(IllegalStateException.class);
    }

    private static RecordColumns fill(RecordColumns columns, List<Arrival> arrivals) {
        for (Arrival a : arrivals) {
            columns.learner(a.learner());
            columns.add(a.kind(), a.index(), a.underEscalated(), a.seconds(), a.nanos(), a.value());
        }
        return columns;
    }

    private static List<Arrival> records(int learner, RecordLog log) {
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            out.add(new Arrival(learner, log.kind(i), log.index(i), log.underEscalated(i), log.seconds(i), log.nanos(i),
                    log.value(i)));
        }
        return out;
    }
}
