package dev.tandem.io.internal;

import java.math.BigDecimal;

/** The canonical text of numbers: integral values as integers, others in their shortest plain decimal form. */
public final class NumberFormat {

    private NumberFormat() {
    }

    /**
     * Formats a finite number.
     *
     * @param d the number
     * @return its canonical text, e.g. {@code 6}, {@code 0.5}, {@code 0.00001}
     */
    public static String format(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("Invalid number (must be finite): " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
