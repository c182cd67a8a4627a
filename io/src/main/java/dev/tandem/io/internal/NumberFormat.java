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

    /**
     * Formats a number as the canonical writer prints it, whatever its type.
     *
     * @param value a number ({@link Double}, {@link BigDecimal}, an integral type) or any value
     * @return its canonical text
     */
    public static String formatValue(Object value) {
        if (value instanceof Double d) {
            return format(d);
        }
        if (value instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        return String.valueOf(value);
    }
}
