package dev.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
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

    /** Instants of the days a {@link DayShift} remembers, of its first and last, and of days outside them. */
    @Provide
    Arbitrary<Instant> days() {
        long first = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long end = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(first - 400L * 86_400, end + 400L * 86_400),
                Arbitraries.longs().between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2024-04-01T00:00:00Z").getEpochSecond()),
                Arbitraries.of(first, first - 1, end, end - 1, Instant.MIN.getEpochSecond(),
                        Instant.MAX.getEpochSecond()));
        return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /**
     * A shift remembers, per day, what the arithmetic gives: the first answer for a day and every later one (from
     * what it remembered) are the reference's, for the day asked and the days around it.
     */
    @Property(tries = 500)
    void aShiftRemembersWhatTheArithmeticGives(@ForAll("days") Instant t, @ForAll("periods") Period period) {
        DayShift shift = DayShift.of(period);
        for (int round = 0; round < 2; round++) {
            for (long days = -3; days <= 3; days++) {
                Instant u = plusDays(t, days);
                assertThat(shift.plus(u)).as("%s + %s", u, period).isEqualTo(reference(u, period));
            }
        }
        assertThat(DayShift.of(null)).isNull();
    }

    private static Instant plusDays(Instant t, long days) {
        try {
            return t.plusSeconds(days * 86_400);
        } catch (DateTimeException | ArithmeticException e) {
            return t;
        }
    }

    /** Threads asking one shift for the same days at once all get the reference's answers. */
    @Example
    void threadsSharingAShiftGetTheArithmeticsAnswers() throws Exception {
        Period period = Period.of(1, 6, 10);
        Instant start = Instant.parse("2024-01-30T10:15:30.5Z");
        for (int round = 0; round < 20; round++) {
            DayShift shift = DayShift.of(period);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        for (int day = 0; day < 3 * DayShift.BLOCK; day++) {
                            Instant u = start.plusSeconds(day * 86_400L);
                            if (!shift.plus(u).equals(reference(u, period))) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                go.countDown();
                for (Future<Boolean> result : results) {
                    assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
