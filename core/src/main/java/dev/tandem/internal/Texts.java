package dev.tandem.internal;

import java.math.BigDecimal;

/** How numbers appear in messages and canonical documents: one rule for the whole project. */
public final class Texts {

    private Texts() {
    }

    /**
     * Formats a number: integral values as integers, others in their shortest plain decimal form, never in
     * scientific notation.
     *
     * @param value the number, may be null
     * @return its text, e.g. {@code 6}, {@code 0.5}, {@code 0.00001}; {@code null} for null; non-finite values
     *         as Java writes them ({@code NaN}, {@code Infinity})
     */
    public static String number(Double value) {
        if (value == null) {
            return "null";
        }
        double v = value;
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
