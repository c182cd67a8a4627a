package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Counted hours (practice, continuing education) agree with the plain reading: every record's hours as
 * {@link BigDecimal#valueOf(double)} reads them, summed exactly, and the requirement's end found by
 * subtracting them in the order of their ends.
 */
class CountedHoursProperties {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NONE = Instant.MIN;
    private static final Instant NEVER = Instant.MAX;
    private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);

    /** A record: its end in days from {@link #BASE} (negative: never) and its hours. */
    record Hours(int endDay, double hours) {
        Instant end() {
            return endDay < 0 ? NEVER : BASE.plusSeconds(endDay * 86_400L);
        }
    }

    /** The hours records carry (whole, halves, quarters), decimals that are no binary fraction, and extremes. */
    @Provide
    Arbitrary<Double> hours() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 16 * 12).map(q -> q / 16.0)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0.1, 0.2, 0.3, 1.0 / 3, 2.675, 1e-7, 4.35)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x1p31, 0x1p31 - 0.0625, 1e12, 123456789.5, 0x1p40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 50)));
    }

    @Provide
    Arbitrary<List<Hours>> records() {
        Arbitrary<Integer> end = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(-1)));
        return Combinators.combine(end, hours()).as(Hours::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<BigDecimal> required() {
        return Arbitraries.oneOf(hours().map(BigDecimal::valueOf),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("1e30"), new BigDecimal("-1e30")));
    }

    /** The plain reading: exact decimals in a list, sorted by end when asked. */
    private static final class Reference {
        private final List<Hours> records;
        private final BigDecimal total;

        Reference(List<Hours> records) {
            this.records = records;
            BigDecimal sum = BigDecimal.ZERO;
            for (Hours h : records) {
                sum = sum.add(BigDecimal.valueOf(h.hours()));
            }
            total = sum;
        }

        Instant end(BigDecimal required) {
            if (total.compareTo(required) < 0) {
                return NONE;
            }
            List<Hours> byEnd = new ArrayList<>(records);
            byEnd.sort(Comparator.comparing(Hours::end));
            BigDecimal remaining = total;
            for (int k = 0; k < byEnd.size(); k++) {
                Instant end = byEnd.get(k).end();
                if (end.equals(NEVER)) {
                    break;
                }
                remaining = remaining.subtract(BigDecimal.valueOf(byEnd.get(k).hours()));
                boolean last = k + 1 == byEnd.size() || !byEnd.get(k + 1).end().equals(end);
                if (last && remaining.compareTo(required) < 0) {
                    return end;
                }
            }
            return NEVER;
        }
    }

    @Property(tries = 1000)
    void countedHoursAgreeWithTheExactSumInTheOrderOfTheirEnds(@ForAll("records") List<Hours> records,
            @ForAll("required") BigDecimal required) {
        CountedHours counted = new CountedHours();
        records.forEach(h -> counted.add(h.end(), h.hours()));
        Reference reference = new Reference(records);
        CountedHours.Required requirement = CountedHours.Required.of(required);
        boolean sixteenths = records.stream().allMatch(h -> CountedHours.sixteenths(h.hours()) != Long.MIN_VALUE);
        Statistics.label("all in sixteenths").collect(sixteenths);
        Statistics.label("all in sixteenths").coverage(c -> {
            c.check(true).percentage(p -> p > 20);
            c.check(false).percentage(p -> p > 10);
        });
        assertThat(counted.totalHours()).isEqualTo(reference.total.doubleValue());
        assertThat(counted.below(requirement)).isEqualTo(reference.total.compareTo(required) < 0);
        assertThat(counted.end(requirement, NONE, NEVER)).isEqualTo(reference.end(required));
    }

    @Property(tries = 1000)
    void aWholeNumberOfSixteenthsBelowTwoToThe31IsTheDecimalBigDecimalReads(
            @ForAll("sixteenthsBelowTheBound") long sixteenths) {
        double h = sixteenths / 16.0;
        assertThat(CountedHours.sixteenths(h)).isEqualTo(sixteenths);
        assertThat(BigDecimal.valueOf(h).multiply(SIXTEEN)).isEqualByComparingTo(BigDecimal.valueOf(sixteenths));
    }

    @Provide
    Arbitrary<Long> sixteenthsBelowTheBound() {
        long bound = (1L << 35) - 1;
        return Arbitraries.longs().between(-bound, bound);
    }

    @Property(tries = 1000)
    void anyDoubleTakenAsSixteenthsIsExactlyThatDecimal(@ForAll double h) {
        long sixteenths = CountedHours.sixteenths(h);
        if (sixteenths != Long.MIN_VALUE) {
            assertThat(BigDecimal.valueOf(h).multiply(SIXTEEN)).isEqualByComparingTo(BigDecimal.valueOf(sixteenths));
        } else {
            assertThat(Double.isFinite(h) && Math.abs(h) < 0x1p31 && h * 16 == Math.rint(h * 16)).isFalse();
        }
    }

    @Example
    void everySixteenthUpToAHundredThousandHoursIsTheDecimalBigDecimalReads() {
        for (long s = 0; s <= 16 * 100_000L; s++) {
            double h = s / 16.0;
            if (CountedHours.sixteenths(h) != s
                    || BigDecimal.valueOf(h).multiply(SIXTEEN).compareTo(BigDecimal.valueOf(s)) != 0) {
                throw new AssertionError("not exact: " + h);
            }
        }
    }

    @Example
    void aSumTooLargeForSixteenthsInALongIsSummedExactly() {
        double h = 0x1p31 - 0.0625;
        List<Hours> records = new ArrayList<>();
        CountedHours counted = new CountedHours();
        for (int k = 0; k <= 1 << 17; k++) {
            records.add(new Hours(k % 3, h));
            counted.add(records.get(k).end(), h);
        }
        Reference reference = new Reference(records);
        BigDecimal required = reference.total.subtract(BigDecimal.valueOf(h));
        assertThat(counted.totalHours()).isEqualTo(reference.total.doubleValue());
        assertThat(counted.below(CountedHours.Required.of(reference.total))).isFalse();
        assertThat(counted.below(CountedHours.Required.of(reference.total.add(new BigDecimal("0.0001"))))).isTrue();
        assertThat(counted.end(CountedHours.Required.of(required), NONE, NEVER)).isEqualTo(reference.end(required));
    }

    @Example
    void aRequirementIsTheLeastWholeNumberOfSixteenthsNotBelowIt() {
        assertThat(CountedHours.Required.of(new BigDecimal("40")).sixteenths()).isEqualTo(640);
        assertThat(CountedHours.Required.of(new BigDecimal("0.1")).sixteenths()).isEqualTo(2);
        assertThat(CountedHours.Required.of(new BigDecimal("-0.1")).sixteenths()).isEqualTo(-1);
        assertThat(CountedHours.Required.of(new BigDecimal("1e30")).sixteenths()).isEqualTo(Long.MAX_VALUE);
        assertThat(CountedHours.Required.of(new BigDecimal("-1e30")).sixteenths()).isEqualTo(Long.MIN_VALUE);
        assertThat(CountedHours.Required.of(null)).isNull();
    }
}
