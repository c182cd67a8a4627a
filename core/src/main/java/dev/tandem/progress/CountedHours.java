package dev.tandem.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;

/**
 * Hours of records that count at an instant, each until its own end (practice in FORMAT 6.5, continuing
 * education in 13.3), summed exactly; says when, with no new records, the sum falls below a requirement.
 *
 * <p>Each record's hours are the decimal {@link BigDecimal#valueOf(double)} reads from its double. Hours
 * that are whole sixteenths below 2^31 (whole hours, halves, quarters: what records carry) are summed as a
 * count of sixteenths in a {@code long}, which is exactly that decimal sum; any other value moves the sum
 * to {@link BigDecimal}. Package-private; one instance per evaluation, confined to one thread.
 */
final class CountedHours {

    /** Sixteenths summed exactly in a long stay below this bound (2^52, exact in a double too). */
    private static final long EXACT_BOUND = 1L << 52;
    /** Hours at or above this (2^31) are not taken as sixteenths. */
    private static final double SIXTEENTHS_BOUND = 0x1p31;

    private Instant[] ends = new Instant[4];
    private double[] hours = new double[4];
    private int size;
    /** true while ends were added in ascending order (records in time order): no sorting needed. */
    private boolean ascending = true;
    /** the sum in sixteenths, while {@link #exact} is null. */
    private long sixteenths;
    /** the sum, once a value is not a whole number of sixteenths or the sum grows too large; else null. */
    private BigDecimal exact;

    /** Adds a record that counts at the evaluation instant, until {@code end} (exclusive). */
    void add(Instant end, double h) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            hours = Arrays.copyOf(hours, size * 2);
        }
        ascending &= size == 0 || ends[size - 1].compareTo(end) <= 0;
        ends[size] = end;
        hours[size] = h;
        size++;
        if (exact == null) {
            long s = sixteenths(h);
            if (s != Long.MIN_VALUE && Math.abs(sixteenths + s) < EXACT_BOUND) {
                sixteenths += s;
                return;
            }
            exact = decimal(sixteenths);
        }
        exact = exact.add(BigDecimal.valueOf(h));
    }

    /**
     * {@return h as a whole number of sixteenths, or {@link Long#MIN_VALUE} when it is none or not below
     * 2^31 in magnitude} For those values, {@code h / 16} is exactly {@link BigDecimal#valueOf(double)
     * BigDecimal.valueOf(h)}: a binary fraction with at most four decimal places and ten integer digits has a
     * shortest decimal representation that is itself.
     */
    static long sixteenths(double h) {
        double s = h * 16; // exact: a power of two
        if (Math.abs(h) < SIXTEENTHS_BOUND && s == Math.rint(s)) {
            return (long) s;
        }
        return Long.MIN_VALUE;
    }

    /** {@return sixteenths as an exact decimal} */
    private static BigDecimal decimal(long sixteenths) {
        return BigDecimal.valueOf(sixteenths * 625, 4); // n / 16 = n * 625 / 10^4, below 2^62
    }

    /**
     * A requirement of hours, exactly, and as the least whole number of sixteenths not below it: a whole sum of
     * sixteenths is below the requirement exactly when it is below that number (clamped to the range of long).
     *
     * @param hours      the hours required
     * @param sixteenths the least whole number of sixteenths not below them
     */
    record Required(BigDecimal hours, long sixteenths) {

        /** {@return the requirement of these hours, or null for null} */
        static Required of(BigDecimal hours) {
            if (hours == null) {
                return null;
            }
            BigDecimal s = hours.multiply(BigDecimal.valueOf(16)).setScale(0, RoundingMode.CEILING);
            long threshold;
            if (s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
                threshold = Long.MAX_VALUE;
            } else {
                threshold = s.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0 ? Long.MIN_VALUE : s.longValueExact();
            }
            return new Required(hours, threshold);
        }
    }

    /** {@return true when the hours counted at the evaluation instant are below a requirement} */
    boolean below(Required required) {
        return exact != null ? exact.compareTo(required.hours()) < 0 : sixteenths < required.sixteenths();
    }

    /** {@return the hours counted at the evaluation instant, as the nearest double} */
    double totalHours() {
        return exact != null ? exact.doubleValue() : sixteenths / 16.0;
    }

    /**
     * {@return the first instant at which the counted hours fall below {@code required}: {@code none} when
     * they already are, {@code never} when they never do} The records leave the sum by ascending end, in the
     * sum's own form (sixteenths or exact decimal); a group of equal ends leaves together.
     */
    Instant end(Required required, Instant none, Instant never) {
        if (below(required)) {
            return none;
        }
        int[] order = order();
        long remainingSixteenths = sixteenths;
        BigDecimal remaining = exact;
        for (int k = 0; k < size; k++) {
            Instant end = ends[at(order, k)];
            if (end.equals(never)) {
                break;
            }
            double h = hours[at(order, k)];
            if (remaining != null) {
                remaining = remaining.subtract(BigDecimal.valueOf(h));
            } else {
                remainingSixteenths -= sixteenths(h);
            }
            boolean nowBelow = remaining != null ? remaining.compareTo(required.hours()) < 0
                    : remainingSixteenths < required.sixteenths();
            if (lastOf(order, k) && nowBelow) {
                return end;
            }
        }
        return never;
    }

    /** {@return true when the k-th record in order is the last with its end} */
    private boolean lastOf(int[] order, int k) {
        return k + 1 == size || !ends[at(order, k + 1)].equals(ends[at(order, k)]);
    }

    /** {@return the index of the k-th record in order} */
    private static int at(int[] order, int k) {
        return order == null ? k : order[k];
    }

    /**
     * {@return the records' indices by ascending end (equal ends in any order: only their sum matters); null
     * when they were added in that order}
     */
    private int[] order() {
        if (ascending) {
            return null;
        }
        int[] order = new int[size];
        Arrays.setAll(order, k -> k);
        Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> ends[x].compareTo(ends[y]));
        for (int k = 0; k < size; k++) {
            order[k] = boxed[k];
        }
        return order;
    }
}
