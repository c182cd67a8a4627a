package dev.tandem.internal;

import java.math.BigDecimal;

/**
 * The canonical text of numbers, the one way Tandem writes a number anywhere (documents, progress, reports,
 * evidence, messages): integral values as integers ({@code 40}, not {@code 40.0}), others in their shortest
 * plain decimal form ({@code 0.5}, {@code 0.0001}; never an exponent). Stateless and thread-safe.
 */
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

    /**
     * Formats a number for a message: finite numbers as {@link #format(double)} does, others as
     * {@code NaN}, {@code Infinity} or {@code -Infinity}.
     *
     * @param d the number
     * @return its text
     */
    public static String display(double d) {
        return Double.isFinite(d) ? format(d) : Double.toString(d);
    }
}
