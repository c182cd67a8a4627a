package dev.tandem.progress;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A period (a {@code valid-for}, a {@code within}) added to instants exactly as
 * {@link LearnerEvaluation#plus(long, int, Period)} adds it (java.time's date arithmetic in UTC: the date moves,
 * the time of day stays; {@link LearnerEvaluation#NEVER} beyond the range of instants), with the number of days
 * it moves each date remembered. An evaluation adds the same few periods to records of the same few hundred
 * days, and java.time's calendar arithmetic costs many times a look-up. Days of the years evidence may name
 * (1900 to 2199) are remembered, in blocks of {@value #BLOCK} made on first use; other days, and a period
 * that moves a date by more days than an {@code int} holds, are worked out every time.
 *
 * <p>Thread-safe, for the evaluations of one curriculum on many threads: a remembered number is only ever the
 * one java.time gives, each is written and read whole (an {@code int}), and a thread that does not see another
 * thread's number yet works it out again (see the field {@code blocks}).
 */
final class DayShift {

    static final int BLOCK = 256;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(2200, 1, 1).toEpochDay();
    /** A remembered day whose shift is worked out every time (beyond the dates, or more days than fit). */
    private static final int DIRECT = Integer.MIN_VALUE;

    private final Period period;
    /**
     * Per block of days, per day: 0 when not known yet, {@link #DIRECT}, or the shift in days encoded so that 0
     * stays free (a shift {@code s >= 0} as {@code s + 1}, a negative one as itself). Plain arrays, read and
     * written without locks or fences: a thread sees a block or null, and in a block a day's number or 0 (the
     * zeros of a new array are seen by every thread); a block two threads make at once is made twice, and the
     * numbers written into the one that is not kept are worked out again.
     */
    private final int[][] blocks;

    private DayShift(Period period) {
        this.period = period;
        this.blocks = new int[(int) ((END_DAY - FIRST_DAY + BLOCK - 1) / BLOCK)][];
    }

    /**
     * {@return the shift by a period, or null for none}
     *
     * @param period the period, or null
     */
    static DayShift of(Period period) {
        return period == null ? null : new DayShift(period);
    }

    /** {@return the period} */
    Period period() {
        return period;
    }

    /** {@return the instant plus the period; NEVER beyond the range of instants} */
    Instant plus(Instant t) {
        return plus(t.getEpochSecond(), t.getNano());
    }

    /** {@return the instant (seconds and nanoseconds of the epoch) plus the period; NEVER beyond the range} */
    Instant plus(long epochSecond, int nano) {
        long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        if (day < FIRST_DAY || day >= END_DAY) {
            return LearnerEvaluation.plus(epochSecond, nano, period);
        }
        int offset = (int) (day - FIRST_DAY);
        int[] block = block(offset / BLOCK);
        int known = block[offset % BLOCK];
        if (known == 0) {
            known = encode(day);
            block[offset % BLOCK] = known;
        }
        if (known == DIRECT) {
            return LearnerEvaluation.plus(epochSecond, nano, period);
        }
        long shift = known > 0 ? known - 1L : known;
        return Instant.ofEpochSecond((day + shift) * SECONDS_PER_DAY + Math.floorMod(epochSecond, SECONDS_PER_DAY),
                nano);
    }

    private int[] block(int index) {
        int[] block = blocks[index];
        if (block == null) {
            block = new int[BLOCK];
            blocks[index] = block;
        }
        return block;
    }

    /** {@return the days the period moves a date, encoded as {@link #blocks} keeps them} */
    private int encode(long day) {
        long shift;
        try {
            shift = LocalDate.ofEpochDay(day).plus(period).toEpochDay() - day;
        } catch (DateTimeException | ArithmeticException e) {
            return DIRECT; // beyond the range of dates: the uncached arithmetic says NEVER
        }
        if (shift >= 0 && shift < Integer.MAX_VALUE) {
            return (int) shift + 1;
        }
        return shift < 0 && shift > Integer.MIN_VALUE ? (int) shift : DIRECT;
    }

    @Override
    public String toString() {
        return "DayShift[" + Objects.toString(period) + "]";
    }
}
