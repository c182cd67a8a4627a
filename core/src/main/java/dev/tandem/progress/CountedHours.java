package dev.tandem.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Hours of records that count at an instant, each until its own end (practice in FORMAT 6.5, continuing
 * education in 13.3), summed exactly; says when, with no new records, the sum falls below a requirement.
 * Package-private; one instance per evaluation, confined to one thread.
 */
final class CountedHours {

    private final List<Instant> ends = new ArrayList<>();
    private final List<BigDecimal> hours = new ArrayList<>();
    private BigDecimal total = BigDecimal.ZERO;

    /** Adds a record that counts at the evaluation instant, until {@code end} (exclusive). */
    void add(Instant end, double h) {
        BigDecimal exact = BigDecimal.valueOf(h);
        total = total.add(exact);
        ends.add(end);
        hours.add(exact);
    }

    /** {@return the hours counted at the evaluation instant} */
    BigDecimal total() {
        return total;
    }

    /**
     * {@return the first instant at which the counted hours fall below {@code required}: {@code none} when
     * they already are, {@code never} when they never do}
     */
    Instant end(BigDecimal required, Instant none, Instant never) {
        if (total.compareTo(required) < 0) {
            return none;
        }
        Integer[] order = new Integer[ends.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparing(ends::get));
        BigDecimal remaining = total;
        for (int k = 0; k < order.length; k++) {
            Instant end = ends.get(order[k]);
            if (end.equals(never)) {
                break;
            }
            remaining = remaining.subtract(hours.get(order[k]));
            boolean lastOfInstant = k + 1 == order.length || !ends.get(order[k + 1]).equals(end);
            if (lastOfInstant && remaining.compareTo(required) < 0) {
                return end;
            }
        }
        return never;
    }
}
