package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An instant plus a period (valid-for, within) is java.time's date-time arithmetic in UTC. */
class PeriodArithmeticProperties {

    /** Instants near the records' and at the ends of the range; the nanoseconds kept. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.parse("1999-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2040-01-01T00:00:00Z").getEpochSecond()),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.of(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond(), -1L, 0L,
                        Instant.parse("2024-02-29T23:59:59Z").getEpochSecond(),
                        Instant.parse("2023-01-31T12:00:00Z").getEpochSecond()));
        return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** Periods of the usual sizes, negative ones, and extremes that leave the range of dates. */
    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> small = Arbitraries.integers().between(-40, 40);
        Arbitrary<Integer> any = Arbitraries.oneOf(small, Arbitraries.integers(),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
        return Combinators.combine(any, any, any).as(Period::of);
    }

    /** The plain reading: through a date-time in UTC; beyond the range of instants, never. */
    private static Instant reference(Instant t, Period period) {
        try {
            return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC).plus(period)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | ArithmeticException e) {
            return LearnerEvaluation.NEVER;
        }
    }

    @Property(tries = 2000)
    void anInstantPlusAPeriodIsTheDateTimeArithmeticInUtc(@ForAll("instants") Instant t,
            @ForAll("periods") Period period) {
        assertThat(LearnerEvaluation.plus(t, period)).isEqualTo(reference(t, period));
    }
}
